package org.openspacemakers.marketplace.refusal;

import java.util.Objects;

/**
 * One reason a sale is refused: its code, and the subject it concerns (a country, a buyer type,
 * an offer kind), or an empty string. Rendering it in the buyer's language is the web's job.
 */
public record Refusal(RefusalCode code, String subject) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        subject = subject == null ? "" : subject;
    }

    public static Refusal of(RefusalCode code, Object subject) {
        return new Refusal(code, String.valueOf(subject));
    }
}
