package org.misibench.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing an answer: either an {@link Answer} or the reason it could not be read. Model
 * output is untrusted, so an unreadable answer is a value to count (spec §6 reports it), not an exception.
 */
public sealed interface Parsed {

    static Parsed ok(Answer answer) {
        return new Ok(answer);
    }

    static Parsed unparsable(String reason) {
        return new Unparsable(reason);
    }

    /** The answer, when there is one. */
    default Optional<Answer> answer() {
        return this instanceof Ok ok ? Optional.of(ok.value()) : Optional.empty();
    }

    default boolean isParsed() {
        return this instanceof Ok;
    }

    record Ok(Answer value) implements Parsed {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Unparsable(String reason) implements Parsed {
        public Unparsable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
