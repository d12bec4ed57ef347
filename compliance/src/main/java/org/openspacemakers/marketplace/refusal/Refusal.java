package org.openspacemakers.marketplace.refusal;

import java.util.Objects;

/**
 * One reason a sale (a submission, an approval) is refused: its code; the subject it concerns as a
 * client reads it (a country code, a buyer type, an acknowledgement's code, BOM references, a team),
 * or an empty string; what kind of subject that is; and, for a code with several sentences, which
 * one applies. No words here: rendering it in the reader's language is the web's job, with the
 * message {@code refusal.<CODE>.<detail>} (else {@code refusal.<CODE>}) and the subject said as its
 * kind says.
 *
 * @param detail the sentence's own part of a message key ({@code NO_REPRESENTATIVE}, an
 *               acknowledgement's code), or an empty string for the code's own sentence
 */
public record Refusal(RefusalCode code, String subject, SubjectKind subjectKind, String detail) {

    /** What a refusal's subject is, so that it can be said in the reader's language. */
    public enum SubjectKind {
        /** Said as it is: a name, references, a status. */
        AS_IS,
        /** An ISO 3166-1 alpha-2 country code: said as the country's name. */
        COUNTRY
    }

    public Refusal {
        Objects.requireNonNull(code, "code");
        subject = subject == null ? "" : subject;
        subjectKind = subjectKind == null ? SubjectKind.AS_IS : subjectKind;
        detail = detail == null ? "" : detail;
    }

    /** A refusal with the code's own sentence, about a subject said as it is. */
    public Refusal(RefusalCode code, String subject) {
        this(code, subject, SubjectKind.AS_IS, "");
    }

    public static Refusal of(RefusalCode code, Object subject) {
        return new Refusal(code, String.valueOf(subject));
    }

    /** A refusal about a country, given by its ISO 3166-1 alpha-2 code. */
    public static Refusal inCountry(RefusalCode code, Object country) {
        return new Refusal(code, String.valueOf(country), SubjectKind.COUNTRY, "");
    }

    /** The same refusal, said with the code's sentence for this detail. */
    public Refusal withDetail(String detail) {
        return new Refusal(code, subject, subjectKind, detail);
    }
}
