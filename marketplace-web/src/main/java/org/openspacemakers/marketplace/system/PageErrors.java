package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.catalog.NotTeamMember;
import org.openspacemakers.marketplace.compliance.ReviewerConflictOfInterest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Refusals on pages become friendly error pages, never stack traces. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(ReviewerConflictOfInterest.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String ownTeam() {
        return "error/403";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooLarge() {
        return "error/4xx";
    }

    @ExceptionHandler({NotFound.class, NotTeamMember.class, org.openspacemakers.marketplace.compliance.NotRevisionAuthor.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
