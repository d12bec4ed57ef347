package org.openspacemakers.marketplace.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it, Spring Security and Spring MVC included: a
 * {@code Content-Length} over the endpoint's limit ({@link BodyLimits}) is refused at once, unread;
 * a chunked body is cut off as soon as it passes the limit. Either answers 413: problem details on
 * the API, the error page elsewhere. Nothing is buffered. The container then drains what the client
 * is still sending, up to {@code server.tomcat.max-swallow-size}, so that the client reads the
 * answer, and closes the connection.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final StatusProblems problems;
    private final RequestLocale locales;

    BodyLimitFilter(BodyLimits limits, StatusProblems problems, RequestLocale locales) {
        this.limits = limits;
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            BodyTooLarge tooLarge = BodyTooLarge.in(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(request, response, tooLarge.limit());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        if (ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
            ProblemResponses.write(response, problems.bodyTooLarge(limit, locales.resolveLocale(request)));
        } else {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    /** The request whose body reads through a {@link BoundedInputStream}. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset;
                try {
                    charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                } catch (IllegalArgumentException unknown) {
                    throw new UnsupportedEncodingException(encoding);
                }
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    /** Counts what is read and fails the read that passes the limit. */
    private static final class BoundedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        BoundedInputStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public int available() throws IOException {
            return body.available();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
