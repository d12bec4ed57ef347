package org.openspacemakers.marketplace.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The requests no page of the store answers: no handler mapping of the application maps them (the
 * static files' handler, which answers 404 for a file it does not have, does not count). Such an
 * address is not found for anyone, so an anonymous visitor is answered "not found" rather than
 * sent to sign in for a page that does not exist. A request some handler maps, or that a mapping
 * refuses (a method or media type it does not take), is not matched: it stays guarded.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ListableBeanFactory beans;
    private volatile List<HandlerMapping> mappings;

    UnmappedRequests(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest asked = new OwnAttributes(request);
        for (HandlerMapping mapping : mappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(asked);
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return false;
                }
            } catch (Exception refusedByAMapping) {
                return false;
            }
        }
        return true;
    }

    /** The application's mappings, asked for once the context is up (the filter chain is built before them). */
    private List<HandlerMapping> mappings() {
        List<HandlerMapping> found = mappings;
        if (found == null) {
            found = List.copyOf(beans.getBeansOfType(HandlerMapping.class).values());
            mappings = found;
        }
        return found;
    }

    /**
     * The request with attributes of its own: what a mapping notes while looking (the parsed path,
     * the matched pattern) must not be taken for the dispatcher's own lookup.
     */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> set = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (set.containsKey(name)) {
                return set.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(set.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            set.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            set.remove(name);
            removed.add(name);
        }
    }
}
