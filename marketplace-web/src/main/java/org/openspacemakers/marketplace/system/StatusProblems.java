package org.openspacemakers.marketplace.system;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The problem detail of a status the store answers without a rule of its own: what Spring and the
 * container refuse (a method or content type not accepted, a malformed request, a body too large,
 * a path that names nothing) and an unexpected failure. A type and a detail in the request's
 * language by status; never anything from the exception, which may hold SQL or a stack.
 */
@Component
class StatusProblems {

    private static final Map<Integer, String> KINDS = Map.of(400, "bad-request", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 413, "body-too-large", 415, "unsupported-media-type",
            429, "too-many-requests");

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private final MessageSource messages;

    StatusProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail problem(HttpStatusCode status, Locale locale) {
        String kind = KINDS.getOrDefault(status.value(), status.is5xxServerError() ? "internal-error" : "request-refused");
        return problem(status, kind, message("problem." + kind, locale));
    }

    /** A body over its endpoint's limit, saying the limit (also as {@code maxBytes}). */
    ProblemDetail bodyTooLarge(long limit, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                message("problem.body-too-large.limit", locale, size(limit, locale)));
        problem.setProperty("maxBytes", limit);
        return problem;
    }

    /** A size as people read it: 64 KiB, 1 MiB, else in bytes. */
    private String size(long bytes, Locale locale) {
        if (bytes > 0 && bytes % MIB == 0) {
            return message("size.mib", locale, bytes / MIB);
        }
        if (bytes > 0 && bytes % KIB == 0) {
            return message("size.kib", locale, bytes / KIB);
        }
        return message("size.bytes", locale, bytes);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A problem of this kind ({@code /problems/<kind>}), titled by its status. */
    static ProblemDetail problem(HttpStatusCode status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + kind));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }
}
