package org.misibench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Properties;
import org.misibench.web.jobs.JobService;

/**
 * {@code POST /api/jobs/{name}} starts a job; {@code GET /api/jobs/executions/{id}} reports it. Admins
 * only, like the jobs page (web.xml constrains /api/jobs/* as well).
 */
@Path("/jobs")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    JobService jobs;

    @POST
    @Path("/{name}")
    public Response start(@PathParam("name") String name, @QueryParam("input") String input) {
        if (!JobService.STARTABLE.contains(name)) {
            throw new NotFoundException("no startable job '" + name + "'");
        }
        Properties parameters = new Properties();
        if (input != null && !input.isBlank()) {
            parameters.setProperty("input", input);
        }
        long id = jobs.start(name, parameters);
        return Response.accepted(Json.createObjectBuilder().add("executionId", id).build()).build();
    }

    @GET
    @Path("/executions/{id}")
    public JsonObject execution(@PathParam("id") long id) {
        try {
            JobExecution e = jobs.execution(id);
            return Json.createObjectBuilder()
                    .add("executionId", e.getExecutionId())
                    .add("job", e.getJobName())
                    .add("batchStatus", e.getBatchStatus().name())
                    .add("exitStatus", String.valueOf(e.getExitStatus()))
                    .build();
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no job execution " + id);
        }
    }
}
