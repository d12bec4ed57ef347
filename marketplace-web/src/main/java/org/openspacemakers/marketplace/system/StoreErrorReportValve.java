package org.openspacemakers.marketplace.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The container's own error answer, in place of Tomcat's report: for what it refuses before the
 * store is reached (an invalid character or escape in the path, a malformed header), where no
 * error page of the store can run, and for an error page that failed itself. Problem details for
 * the API, and for a request the container could not read far enough to know its path; a short
 * page in the store's words for the rest. Never Tomcat's report, server name or version.
 */
class StoreErrorReportValve extends ErrorReportValve {

    private final StatusProblems problems;
    private final MessageSource messages;

    StoreErrorReportValve(StatusProblems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** Replaces the host's error report valves (Boot's among them) with this one. */
    void replaceReportOf(Host host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(this);
        if (host instanceof StandardHost standard) {
            // Found by its class name when the host starts, so no default valve is added beside it.
            standard.setErrorReportValveClass(StoreErrorReportValve.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Locale locale = RequestLocale.ofHeader(request.getHeader("Accept-Language"));
        String path = request.getRequestURI();
        boolean problem = path == null || path.isEmpty() || ApiPaths.isApi(path, "");
        try {
            String body;
            if (problem) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                body = new String(ProblemResponses.json(problems.problem(HttpStatusCode.valueOf(status), locale)),
                        StandardCharsets.UTF_8);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                body = page(status, locale);
            }
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body: nothing more to say.
        }
    }

    private String page(int status, Locale locale) {
        String page = switch (status) {
            case 403, 404, 413, 429 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
        String title = message("error." + page + ".title", locale);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · " + message("store.name", locale) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/store.css\"></head><body><main class=\"narrow\">"
                + "<h1>" + title + "</h1><p>" + message("error." + page + ".text", locale) + "</p>"
                + "<p><a href=\"/\">" + message("error.home", locale) + "</a></p></main></body></html>";
    }

    private String message(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), StandardCharsets.UTF_8.name());
    }
}
