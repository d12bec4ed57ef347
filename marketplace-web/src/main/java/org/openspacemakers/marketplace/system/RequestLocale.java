package org.openspacemakers.marketplace.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page's language: {@code ?lang=fr|en} (carried by the page's links), else the best of the
 * {@code Accept-Language} header, else English. Nothing is stored, so no session or cookie is needed.
 * When the parameters do not decode (the request is refused, or it is a malformed upload, which the
 * controller refuses), {@code lang} is read from the query string as sent: the refusal is said in
 * the visitor's language, and asking for the locale does not fail.
 */
@Component("localeResolver")
class RequestLocale implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang;
        try {
            lang = request.getParameter("lang");
        } catch (InvalidParameterException undecodable) {
            lang = langAsSent(request);
        }
        if (lang != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(lang)) {
                    return supported;
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** {@code lang=} in the query string as sent (on the dispatch to an error page, the refused request's). */
    private static String langAsSent(HttpServletRequest request) {
        String query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String refused
                ? refused : request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    return pair.substring("lang=".length());
                }
            }
        }
        return null;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language comes with each request");
    }
}
