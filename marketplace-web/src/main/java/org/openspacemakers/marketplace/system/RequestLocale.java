package org.openspacemakers.marketplace.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page's language: {@code ?lang=fr|en} (carried by the page's links), else the best of the
 * {@code Accept-Language} header, else English. Nothing is stored, so no session or cookie is needed.
 * {@code lang} is read from the query string only: asking the request for a parameter would parse
 * a posted form or upload, and the language of an error page must not read a body that was refused
 * (nor fail on parameters that do not decode). On the dispatch to an error page, it is the refused
 * request's query string.
 */
@Component("localeResolver")
class RequestLocale implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = lang(request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String refused
                ? refused : request.getQueryString());
        if (lang != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(lang)) {
                    return supported;
                }
            }
        }
        return ofHeader(request.getHeader("Accept-Language"));
    }

    /**
     * The language the request's address asks for ({@code ?lang=}), when it is one the store speaks:
     * what a redirect must carry on for the next page to speak it too.
     */
    static java.util.Optional<String> askedLanguage(HttpServletRequest request) {
        String lang = lang(request.getQueryString());
        return SUPPORTED.stream().map(Locale::getLanguage).filter(language -> language.equals(lang)).findFirst();
    }

    /** The address with the language the request asked for, if it asked for one. */
    static String withAskedLanguage(String address, HttpServletRequest request) {
        return askedLanguage(request).map(language -> address + (address.contains("?") ? "&" : "?") + "lang=" + language)
                .orElse(address);
    }

    /** The best supported language of an {@code Accept-Language} header, else English. */
    static Locale ofHeader(String header) {
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

    /** The first {@code lang} of a query string, or null. */
    private static String lang(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                try {
                    return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
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
