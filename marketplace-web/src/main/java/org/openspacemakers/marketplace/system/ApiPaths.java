package org.openspacemakers.marketplace.system;

import java.util.regex.Pattern;

/**
 * Whether a request is the JSON API's, from its path as sent: the API answers problem details,
 * everything else pages. Repeated slashes count as one and path parameters ({@code ;jsessionid=})
 * are ignored, so a path the container or the firewall refuses is still known for what it is.
 */
final class ApiPaths {

    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private ApiPaths() {
    }

    /** @param requestUri the path as sent, without the query string (null when the container could not read it) */
    static boolean isApi(String requestUri, String contextPath) {
        if (requestUri == null) {
            return false;
        }
        String path = REPEATED_SLASHES.matcher(requestUri).replaceAll("/");
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        int parameters = path.indexOf(';');
        if (parameters >= 0) {
            path = path.substring(0, parameters);
        }
        return path.equals("/api") || path.startsWith("/api/");
    }
}
