package org.openspacemakers.marketplace.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's defence against cross-site requests, in place of CSRF tokens (it keeps no session):
 * a request that changes something and that a foreign page can send without a CORS preflight (a
 * form-encoded, multipart or plain-text body, or none) is refused 403 when its {@code Origin}
 * (or, without one, its {@code Referer}) is another site. A browser sends such a request with the
 * API's Basic credentials if it holds them. Clients that send neither header (curl, scripts) and
 * the store's own pages are let through; JSON bodies need a preflight, which the API never grants.
 */
class CrossOriginFormRefusal extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The content types a page may send to another origin without asking it first (CORS "simple" requests). */
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    /** The store's address as its users reach it (MARKETPLACE_PUBLIC_URL), when it is set: its host[:port]. */
    private final String publicAuthority;

    CrossOriginFormRefusal(String publicUrl) {
        this.publicAuthority = publicUrl == null || publicUrl.isBlank() ? null : authority(publicUrl.strip());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || !simpleBody(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        if (from == null || sameOrigin(from, request)) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "/problems/cross-origin-refused",
                "A form, multipart or plain-text request from another site is refused; send JSON, or the file from the store's own pages.");
    }

    private static boolean simpleBody(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return SIMPLE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        } catch (InvalidMediaTypeException unreadable) {
            // A browser would not send it without a preflight either way; refusing it from another site costs nothing.
            return true;
        }
    }

    /**
     * The same host and port as the request's {@code Host}, or as the public address. The scheme is
     * not compared: behind a proxy that ends TLS the store sees http for what the browser calls https.
     */
    private boolean sameOrigin(String from, HttpServletRequest request) {
        String claimed = authority(from);
        if (claimed == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return claimed.equalsIgnoreCase(host == null ? "" : host.strip()) || claimed.equalsIgnoreCase(publicAuthority);
    }

    /** host[:port] of an origin or URL, without the scheme's default port; null for {@code null} or anything unreadable. */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
            return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
