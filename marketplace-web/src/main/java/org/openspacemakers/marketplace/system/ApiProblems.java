package org.openspacemakers.marketplace.system;

import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.order.PlacementBusy;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.refusal.Refused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The JSON API's failures as RFC 9457 problem details, by kind: rejected input answers 400 with
 * {@code errors} naming each field, a refusal by a rule 409 with {@code reasons} naming each rule,
 * a conflict with the current state 409 with its code, not found 404, forbidden 403, an order
 * placement that gave up waiting its turn 503 with {@code Retry-After}. Messages come
 * from {@code messages*.properties} in the request's language; never stack traces, SQL or
 * exception text from below.
 */
@RestControllerAdvice(annotations = RestController.class)
// Ahead of PageErrors, whose @Controller also matches the API's @RestControllers.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;
    private final MessageSource messages;
    private final StatusProblems statusProblems;

    ApiProblems(RefusalMessages explanations, BindingMessages bindingMessages, MessageSource messages,
            StatusProblems statusProblems) {
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
        this.messages = messages;
        this.statusProblems = statusProblems;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidInput e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(explanations.explain(e, locale), locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(Refused e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.kind(), detail(e.kind(), locale));
        problem.setProperty("reasons", explanations.explain(e.reasons(), locale));
        return answer(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(Conflict e, Locale locale) {
        RefusalMessages.Reason reason = explanations.explain(e, locale);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                reason.message());
        problem.setProperty("reasons", List.of(reason));
        return answer(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(Forbidden e, Locale locale) {
        return answer(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, e.kind(),
                explanations.message(e.key(), List.of(), locale)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFound e, Locale locale) {
        return answer(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "not-found",
                detail("not-found", locale)));
    }

    /**
     * Not the client's fault and not a refusal: the store was too busy to place the order in time.
     * Nothing was stored, so the same request, under the same key, may simply be sent again.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> placementBusy(PlacementBusy e, Locale locale) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "placement-busy", detail("placement-busy", locale)));
    }

    /**
     * Stripe did not do what was asked (unreachable, or refusing): nothing was recorded, and the
     * same request, with the same Idempotency-Key, may be sent again.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> cardProcessorFailed(org.openspacemakers.marketplace.payment.CardProcessorFailed e,
            Locale locale) {
        // Not the client's mistake: Stripe's. Its kind is logged, never what it answered.
        org.slf4j.LoggerFactory.getLogger(ApiProblems.class).warn("{}", e.getMessage());
        return answer(HttpStatus.BAD_GATEWAY).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.BAD_GATEWAY, "payment-provider-failed", detail("payment-provider-failed", locale)));
    }

    /** A webhook delivery whose signature is missing, wrong or stale: nothing stored. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> badSignature(org.openspacemakers.marketplace.payment.StripeSignatureRefused e,
            Locale locale) {
        return answer(HttpStatus.BAD_REQUEST).body(problem(HttpStatus.BAD_REQUEST, "bad-signature",
                detail("bad-signature", locale)));
    }

    /** A path that names nothing (a malformed id) is not found; a malformed parameter is bad input. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(new NotFound(), locale);
        }
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(List.of(
                new FieldProblem(e.getName(), message("invalid.value", locale))), locale));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(bindingMessages.explain(e.getBindingResult(), locale), locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        BodyTooLarge tooLarge = BodyTooLarge.in(e);
        if (tooLarge != null) {
            // A chunked body cut off at its limit: not malformed, too large. Written whole, with its length,
            // so that a client still sending reads it in one piece before the connection is closed.
            return answer(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemResponses.json(statusProblems.bodyTooLarge(tooLarge.limit(), locale)));
        }
        String field = "body";
        String key = "invalid.json";
        if (e.getCause() instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            field = path(jackson.getPath());
            key = "invalid.value";
        }
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(List.of(new FieldProblem(field, message(key, locale))), locale));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = e instanceof MissingRequestHeaderException header ? header.getHeaderName()
                : e instanceof MissingServletRequestParameterException parameter ? parameter.getParameterName()
                : "request";
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(List.of(
                new FieldProblem(field, message("invalid.required", locale))), locale));
    }

    /** An upload over the servlet's limit: the file is refused like any other bad file, naming it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(List.of(
                new FieldProblem("file", message("invalid.file.upload", locale))), locale));
    }

    /**
     * What Spring refuses itself and the handlers above do not name (a method, content type or
     * representation not served), in the store's words by status; a failure of its own (5xx) is ours.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            logger.error("Failed to answer " + request.getDescription(false), e);
        }
        // Problem details whatever Accept says, as answer(...) writes them.
        HttpHeaders answered = HttpHeaders.copyOf(headers);
        answered.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(e, statusProblems.problem(status, LocaleContextHolder.getLocale()),
                answered, status, request);
    }

    /** A multipart body that cannot be read (no boundary, no closing boundary): the file is refused, naming it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST).body(invalidBody(List.of(
                new FieldProblem("file", message("invalid.file.upload", locale))), locale));
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private ProblemDetail invalidBody(List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", detail("invalid-request", locale));
        problem.setProperty("errors", problems);
        return problem;
    }

    /** The headline of a kind of problem ({@code problem.<kind>}). */
    private String detail(String kind, Locale locale) {
        return message("problem." + kind, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        return StatusProblems.problem(status, type, detail);
    }

    /**
     * An answer in problem details whatever the request's {@code Accept} says: a client sending one
     * the API cannot answer gets its refusal readable, not an empty body.
     */
    private static ResponseEntity.BodyBuilder answer(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
