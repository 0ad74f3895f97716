package org.misibench.jobs.items;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.misibench.generation.ComplexItemGenerator;
import org.misibench.generation.ItemAssembler;
import org.misibench.generation.ItemImageRenderer;
import org.misibench.item.Generator;
import org.misibench.item.Item;
import org.misibench.jobs.store.ImageStore;
import org.misibench.jobs.store.ItemStore;
import org.misibench.jobs.store.RunProgressStore;
import org.misibench.render.image.PngWriterPool;
import org.misibench.render.image.WrittenPng;
import org.misibench.render.vulkan.DevicePreference;
import org.misibench.render.vulkan.SceneRenderer;
import org.misibench.task.ItemDraft;

/**
 * Renders each complex's images, stores them by content, and upserts its items, then records the
 * partition's progress. Owns the partition's renderer and PNG writers (opened with the writer,
 * closed with it, newest first). Images are files outside the transaction; they are content-named
 * and written then renamed, so a chunk that is rolled back and redone finds them already there.
 */
@Named
@Dependent
public class ItemStoreWriter extends AbstractItemWriter {

    @Inject
    StepContext stepContext;

    @Inject
    JobContext jobContext;

    @Inject
    ItemStore items;

    @Inject
    ImageStore images;

    @Inject
    RunProgressStore progress;

    private SceneRenderer renderer;
    private PngWriterPool pngs;
    private ItemImageRenderer imageRenderer;
    private ItemAssembler.RunFacts facts;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        PartitionState state = (PartitionState) stepContext.getTransientUserData();
        GenerationParameters p = state.parameters();
        Files.createDirectories(p.imagesFolder());
        renderer = SceneRenderer.open(DevicePreference.parse(p.device()));
        pngs = new PngWriterPool(1);
        imageRenderer = new ItemImageRenderer(renderer, pngs, p.imagesFolder(), p.settings().imageSize());
        facts = new ItemAssembler.RunFacts(Generator.version(), ComplexItemGenerator.CRITERIA.name() + " v"
                + ComplexItemGenerator.CRITERIA.version(), imageRenderer.device(), p.settings().imageSize());
        progress.update(jobContext.getInstanceId(), stepContext.getStepName(), state.partition(), state.complexes(),
                state.tally().next, state.tally().items, state.tally().images);
    }

    @Override
    public void writeItems(List<Object> chunk) throws Exception {
        PartitionState state = (PartitionState) stepContext.getTransientUserData();
        for (Object o : chunk) {
            ComplexDrafts c = (ComplexDrafts) o;
            Map<String, WrittenPng> stored;
            try {
                stored = imageRenderer.render(c.drafts());
            } catch (RuntimeException e) {
                throw new ComplexRenderException(c.complex().id(), e);
            }
            List<Item> assembled = new ArrayList<>();
            for (ItemDraft d : c.drafts()) {
                assembled.add(ItemAssembler.assemble(d, c.complex().plan().split(), c.complex().sourceSha256(), stored, facts));
            }
            items.upsert(assembled, jobContext.getInstanceId(), jobContext.getExecutionId());
            images.record(stored.values(), state.parameters().settings().imageSize(), c.complex().id(),
                    jobContext.getExecutionId());
            state.tally().items += assembled.size();
            state.tally().images += stored.size();
        }
        progress.update(jobContext.getInstanceId(), stepContext.getStepName(), state.partition(), state.complexes(),
                state.tally().next, state.tally().items, state.tally().images);
    }

    @Override
    public void close() {
        if (pngs != null) {
            pngs.close();
        }
        if (renderer != null) {
            renderer.close();
        }
    }
}
