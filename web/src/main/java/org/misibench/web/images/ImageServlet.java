package org.misibench.web.images;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code GET /images/<sha256>.png}: an item's image from {@code <data dir>/images}. The name must
 * be exactly 64 lower-case hex digits and ".png", so no request can name any other file (no
 * "..", no slashes, no encodings of them). Content-addressed, so browsers may cache it for good.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern NAME = Pattern.compile("/([0-9a-f]{64})\\.png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !NAME.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = DataDirectory.images().resolve(path.substring(1));
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + path.substring(1, 65) + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("ETag", etag);
        // private: only signed-in users may fetch images, so shared caches must not keep them
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
