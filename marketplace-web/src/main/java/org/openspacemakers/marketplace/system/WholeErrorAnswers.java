package org.openspacemakers.marketplace.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Error answers ({@code /error}) are written whole, with their length, never chunked. A refusal
 * often comes while the client is still sending its body: Tomcat drains what it can, then closes
 * the connection, and a client reading a chunked answer loses its end (the JDK's client fails on it).
 */
class WholeErrorAnswers extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, whole);
        whole.copyBodyToResponse();
    }
}
