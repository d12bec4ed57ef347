package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.refusal.Forbidden;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * What pages do not answer themselves becomes a friendly error page, by kind, never a stack trace:
 * anything not found (or another team's) the not-found page, anything forbidden the forbidden page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    /**
     * An upload over the servlet's limit or that is no upload at all (a malformed or plain form where a file is
     * expected), or a form naming a row past what a page binds (an index beyond its auto-grow limit).
     */
    @ExceptionHandler({MultipartException.class, InvalidPropertyException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String tooLarge() {
        return "error/4xx";
    }

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
