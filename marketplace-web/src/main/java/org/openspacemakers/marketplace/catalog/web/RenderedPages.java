package org.openspacemakers.marketplace.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Product pages as rendered for anonymous visitors, kept per everything the HTML depends on: the
 * page's version (so every change to what it shows renders it anew, {@code catalog.ProductPages}),
 * the day (eligibility is judged by day), the team's lead time, the language, the visitor's country,
 * the address. Rendering is most of a product page's cost; a visitor who is signed in (whose page
 * names them and their roles) always gets it rendered.
 */
@Component
class RenderedPages {

    private static final String HTML = "text/html;charset=UTF-8";
    /** Longer addresses (never written by the store's own links) are rendered, not kept. */
    private static final int LONGEST_KEPT_ADDRESS = 300;

    private final ThymeleafViewResolver views;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final int kept;

    RenderedPages(ThymeleafViewResolver views, @Value("${marketplace.product-pages.kept:2000}") int kept) {
        this.views = views;
        this.kept = kept;
    }

    /**
     * The view that renders this template with the model the given code fills, which runs only when
     * what was rendered for the same key is not kept.
     *
     * @param dependsOn what, beyond the address and the language, the page's HTML depends on
     */
    View view(String template, HttpServletRequest request, Locale locale, Consumer<Map<String, Object>> model,
            Object... dependsOn) throws Exception {
        View view = views.resolveViewName(template, locale);
        String address = request.getRequestURI() + "?" + request.getQueryString();
        if (request.getUserPrincipal() != null || address.length() > LONGEST_KEPT_ADDRESS) {
            return new FilledView(view, model, null);
        }
        StringBuilder key = new StringBuilder(address).append('|').append(locale.toLanguageTag());
        for (Object part : dependsOn) {
            key.append('|').append(part);
        }
        return new FilledView(view, model, key.toString());
    }

    /** Fills the model and renders through the template; with a key, once per key, then writes what it wrote. */
    private final class FilledView implements View {

        private final View template;
        private final Consumer<Map<String, Object>> filling;
        private final String key;

        FilledView(View template, Consumer<Map<String, Object>> filling, String key) {
            this.template = template;
            this.filling = filling;
            this.key = key;
        }

        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            byte[] html = key == null ? null : rendered.get(key);
            if (html == null) {
                Map<String, Object> filled = new HashMap<>(model);
                filling.accept(filled);
                if (key == null) {
                    template.render(filled, request, response);
                    return;
                }
                Capture capture = new Capture(response);
                template.render(filled, request, capture);
                html = capture.text().getBytes(StandardCharsets.UTF_8);
                rendered.put(key, html);
                forgetBeyondKept(key);
            }
            response.setContentType(HTML);
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    private void forgetBeyondKept(String written) {
        Iterator<String> held = rendered.keySet().iterator();
        while (rendered.size() > kept && held.hasNext()) {
            if (!held.next().equals(written)) {
                held.remove();
            }
        }
    }

    /** A response whose text is written to memory; headers and status go to the real response. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
