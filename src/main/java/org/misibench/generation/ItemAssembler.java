package org.misibench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.misibench.item.Item;
import org.misibench.item.Provenance;
import org.misibench.item.Split;
import org.misibench.render.image.WrittenPng;
import org.misibench.scoring.AnswerKind;
import org.misibench.task.ImageSpec;
import org.misibench.task.ItemDraft;

/**
 * Turns a draft and its stored images into an {@link Item}: image hashes in question order, the
 * options a multiple-choice question offers, and provenance.
 */
public final class ItemAssembler {

    /** What is the same for every item of a run on one machine. */
    public record RunFacts(String generator, String criteria, String renderer, int imageSize) {
    }

    private ItemAssembler() {
    }

    public static Item assemble(ItemDraft draft, Split split, String sourceSha256, Map<String, WrittenPng> stored,
                                RunFacts run) {
        List<String> shas = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<org.misibench.render.camera.Camera> cameras = new ArrayList<>();
        for (ImageSpec spec : draft.images()) {
            WrittenPng png = stored.get(spec.renderKey());
            if (png == null) {
                throw new IllegalStateException(draft.id() + ": image " + spec.role() + " was not rendered");
            }
            shas.add(png.sha256());
            roles.add(spec.role());
            cameras.add(spec.camera());
        }
        Provenance provenance = new Provenance(run.generator(), draft.seed(), sourceSha256, run.criteria(), run.renderer(),
                run.imageSize(), cameras);
        return new Item(draft.id(), draft.task(), split, draft.complexId(), shas, roles, draft.question(),
                options(draft, roles), draft.answer(), draft.parameters(), provenance);
    }

    /**
     * The options as the model is offered them: T8's translations from the question, T5/T6's option
     * images by number ("Image 8"), nothing for open-answer tasks.
     */
    static List<String> options(ItemDraft draft, List<String> roles) {
        if (draft.task().answerKind() != AnswerKind.CHOICE) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (char letter = 'A'; letter <= 'D'; letter++) {
            int image = roles.indexOf("option-" + letter);
            if (image >= 0) {
                options.add("Image " + (image + 1));
            } else {
                options.add(draft.parameters().get("option" + letter));
            }
        }
        return options;
    }
}
