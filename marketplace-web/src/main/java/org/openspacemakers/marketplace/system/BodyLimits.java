package org.openspacemakers.marketplace.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UrlPathHelper;

/**
 * How large a request body may be, by what the endpoint is for ({@code marketplace.request-body.*}):
 * JSON and anything not named below, the dossier a team states, page forms, uploads. The form and
 * upload limits are also the container's own ({@code server.tomcat.max-http-form-post-size},
 * {@code spring.servlet.multipart.max-request-size}), which bound the forms and multipart bodies it
 * parses itself.
 *
 * @param json the JSON API (orders, reviews, boards) and any body not named below
 * @param dossier {@code PUT /api/v1/revisions/{id}/dossier}: up to 2000 RoHS rows; also Stripe's webhook events
 * @param form a page's form post; the dossier page posts nine fields per BOM line
 * @param upload a multipart upload, and the BOM and photo the API takes as raw bytes (each checks its own, lower limit)
 */
@ConfigurationProperties("marketplace.request-body")
record BodyLimits(@DefaultValue("64KB") DataSize json, @DefaultValue("1MB") DataSize dossier,
        @DefaultValue("2MB") DataSize form, @DefaultValue("12MB") DataSize upload) {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    /** The API's uploads; on pages every multipart post is one. */
    private static final List<Endpoint> API_UPLOADS = List.of(
            new Endpoint("PUT", Pattern.compile("/api/v1/revisions/[^/]+/bom")),
            new Endpoint("POST", Pattern.compile("/api/v1/boards/[^/]+/photos")),
            new Endpoint("POST", Pattern.compile("/api/v1/revisions/[^/]+/dossier/evidence")));

    private static final Endpoint DOSSIER = new Endpoint("PUT", Pattern.compile("/api/v1/revisions/[^/]+/dossier"));

    /** Stripe's events: a session with many line items is larger than an order's body. */
    private static final Endpoint STRIPE_WEBHOOK = new Endpoint("POST", Pattern.compile("/api/v1/payments/stripe/webhook"));

    private record Endpoint(String method, Pattern path) {
        boolean matches(String method, String path) {
            return this.method.equals(method) && this.path.matcher(path).matches();
        }
    }

    /** The most a request's body may hold, in bytes. */
    long limitFor(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        String method = request.getMethod();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (ApiPaths.isApi(path, "")) {
            if (API_UPLOADS.stream().anyMatch(upload -> upload.matches(method, path))) {
                return upload.toBytes();
            }
            return DOSSIER.matches(method, path) || STRIPE_WEBHOOK.matches(method, path) ? dossier.toBytes() : json.toBytes();
        }
        if (type.startsWith("multipart/")) {
            return upload.toBytes();
        }
        return type.startsWith("application/x-www-form-urlencoded") ? form.toBytes() : json.toBytes();
    }
}
