package org.openspacemakers.marketplace.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.openspacemakers.marketplace.catalog.BomRefused;
import org.openspacemakers.marketplace.catalog.InvalidCursor;
import org.openspacemakers.marketplace.catalog.ListingRejected;
import org.openspacemakers.marketplace.catalog.NotTeamMember;
import org.openspacemakers.marketplace.catalog.RevisionFrozen;
import org.openspacemakers.marketplace.catalog.photo.PhotoRefused;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.ReviewerConflictOfInterest;
import org.openspacemakers.marketplace.order.IdempotencyKeyReused;
import org.openspacemakers.marketplace.order.InvalidOrder;
import org.openspacemakers.marketplace.order.OrderRefused;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.DossierLocked;
import org.openspacemakers.marketplace.compliance.DossierRejected;
import org.openspacemakers.marketplace.compliance.EvidenceRefused;
import org.openspacemakers.marketplace.compliance.NotRevisionAuthor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The JSON API's failures as RFC 9457 problem details: {@code errors} naming each field for bad
 * input, {@code reasons} naming each business rule for a refusal. Messages never carry stack
 * traces, SQL or exception text from below.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final RefusalMessages refusals;

    ApiProblems(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
        return invalid(e.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidOrder(InvalidOrder e) {
        return invalid(e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidCursor(InvalidCursor e) {
        return invalid(List.of(new FieldProblem("cursor", "not a cursor of this list")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> listingRejected(ListingRejected e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> bomRefused(BomRefused e) {
        ProblemDetail problem = invalidBody(e.problems().stream()
                .map(p -> new FieldProblem("bom", p.line() > 0 ? "line " + p.line() + ": " + p.reason() : p.reason()))
                .toList());
        problem.setDetail("The BOM file was refused; nothing was stored.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> photoRefused(PhotoRefused e) {
        return invalid(List.of(new FieldProblem("file", e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notOfYourTeams(NotTeamMember e) {
        return notFound(new NotFound());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> frozen(RevisionFrozen e) {
        return conflict("INVALID_STATE", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "has an unexpected value")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(OrderRefused e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "order-refused", "The order cannot be accepted.");
        problem.setProperty("reasons", refusals.explain(e.reasons(), locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> dossierIncomplete(DossierIncomplete e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "dossier-incomplete",
                "The dossier is incomplete: it cannot be approved.");
        problem.setProperty("reasons", refusals.explain(e.reasons(), locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> dossierLocked(DossierLocked e) {
        return conflict("INVALID_STATE", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> dossierRejected(DossierRejected e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> evidenceRefused(EvidenceRefused e) {
        return invalid(List.of(new FieldProblem("file", e.getMessage() + "; nothing was stored")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAuthor(NotRevisionAuthor e) {
        return notFound(new NotFound());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return conflict("IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used for a different request.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidState(ReviewTransitionRefused e) {
        return conflict("INVALID_STATE", "This decision is not allowed while the review is " + e.current() + ".");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ownTeam(ReviewerConflictOfInterest e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "own-team-review",
                "A reviewer may not decide on a revision of their own team."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "not-found",
                "No such resource."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidBody(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "is not valid JSON";
        if (e.getCause() instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            field = path(jackson.getPath());
            message = "has a value of the wrong type or format";
        }
        return ResponseEntity.badRequest().body(invalidBody(List.of(new FieldProblem(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MissingRequestHeaderException header ? header.getHeaderName()
                : e instanceof MissingServletRequestParameterException parameter ? parameter.getParameterName()
                : "request";
        return ResponseEntity.badRequest().body(invalidBody(List.of(new FieldProblem(field, "is required"))));
    }

    /** An upload over the servlet's limit: the file is refused like any other bad file, naming it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidBody(List.of(
                new FieldProblem("file", "the upload is larger than the store accepts; nothing was stored"))));
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

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        return ResponseEntity.badRequest().body(invalidBody(problems));
    }

    private static ProblemDetail invalidBody(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> conflict(String code, String message) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, code.toLowerCase(Locale.ROOT).replace('_', '-'), message);
        problem.setProperty("reasons", List.of(new RefusalMessages.Reason(code, message)));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
