package org.openspacemakers.marketplace.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The store's error page ({@code /error}), where the container sends what no controller answered:
 * a method, content type or path Spring MVC does not serve, a request the firewall refuses, a body
 * too large, an exception nothing handled (Tomcat has logged it at ERROR). The API gets problem
 * details, pages the friendly {@code error/*} page of the status, and neither anything of the
 * failure. Replaces Boot's {@code BasicErrorController}, which answers by the client's
 * {@code Accept} header rather than by the path.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ContainerErrors implements ErrorController {

    private final StatusProblems problems;
    private final List<ErrorViewResolver> views;

    ContainerErrors(StatusProblems problems, List<ErrorViewResolver> views) {
        this.problems = problems;
        this.views = views;
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatusCode status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ApiPaths.isApi(path, request.getContextPath())) {
            ProblemDetail problem = problems.problem(status, locale);
            problem.setInstance(instance(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        // error/<status>, else error/4xx or error/5xx (Boot's view resolver), else error.
        HttpStatus known = HttpStatus.resolve(status.value());
        for (ErrorViewResolver resolver : known == null ? List.<ErrorViewResolver>of() : views) {
            ModelAndView page = resolver.resolveErrorView(request, known, Map.of());
            if (page != null) {
                page.setStatus(status);
                return page;
            }
        }
        return new ModelAndView("error", Map.of(), status);
    }

    /** The path the client asked for, as the API's other problems name it (not this page's). */
    private static URI instance(String path) {
        try {
            return new URI(null, null, path.replaceAll("/{2,}", "/"), null);
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }

    /** The status the container reports; this page asked for by itself names nothing. */
    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status ? HttpStatusCode.valueOf(status) : HttpStatus.NOT_FOUND;
    }
}
