package org.openspacemakers.marketplace.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters Tomcat cannot decode (bad percent-encoding, invalid UTF-8,
 * too many of them) before anything reads them: 400 (or Tomcat's own status), logged at DEBUG.
 * Left to Tomcat, the first {@code getParameter} throws, wherever it is; from a controller, Spring
 * wraps the exception and the container logs it at ERROR with its stack trace and the client's
 * decoded bytes, a CR/LF included. Runs after the character encoding filter, so a form body is
 * read as UTF-8. Uploads are left to the multipart resolver, which reads them lazily so that an
 * oversized file is refused by the controller, naming it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after the body's limit is set (BodyLimitFilter)
class ParameterDecodingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ParameterDecodingFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUpload(request)) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException undecodable) {
                log.debug("{} {} refused with {}: its parameters do not decode", request.getMethod(),
                        LogText.of(request.getRequestURI()), undecodable.getErrorCode());
                response.sendError(undecodable.getErrorCode());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
                MediaType.MULTIPART_FORM_DATA_VALUE.length());
    }
}
