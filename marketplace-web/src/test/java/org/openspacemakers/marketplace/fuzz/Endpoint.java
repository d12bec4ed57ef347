package org.openspacemakers.marketplace.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openspacemakers.marketplace.account.Role;

/**
 * One endpoint of the store as the fuzz calls it: its method, its path (with {@code {name}}
 * placeholders for the ids of {@link World}), who calls it, and the shape of a valid request,
 * which a mutation then breaks.
 */
record Endpoint(String method, String path, Caller caller, Body body) {

    /** Who calls: nobody, an API client with a role's token, or a browser signed in with a role. */
    record Caller(Channel channel, Role role) {

        static final Caller ANONYMOUS_API = new Caller(Channel.API, null);
        static final Caller ANONYMOUS_PAGE = new Caller(Channel.PAGE, null);

        static Caller api(Role role) {
            return new Caller(Channel.API, role);
        }

        static Caller page(Role role) {
            return new Caller(Channel.PAGE, role);
        }
    }

    enum Channel { API, PAGE }

    sealed interface Body {
    }

    /** No body: only the path, the headers or the credentials can be wrong. */
    record None() implements Body {
    }

    /** A JSON body: a valid template and its fields. */
    record Json(String template, List<Field> fields) implements Body {
    }

    /** A form: valid values and its fields. */
    record Form(Map<String, String> template, List<Field> fields) implements Body {

        static Form of(List<Field> fields, String... nameValues) {
            Map<String, String> template = new LinkedHashMap<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                template.put(nameValues[i], nameValues[i + 1]);
            }
            return new Form(template, fields);
        }
    }

    /** A query string on a read: anything may be wrong, nothing may change. */
    record Query(Map<String, String> template, List<Field> fields) implements Body {
    }

    /** A file: raw bytes of a type ({@code partName} null), or one part of a multipart form. */
    record Upload(String partName, String contentType, Map<String, String> otherParts) implements Body {
    }

    boolean reads() {
        return method.equals("GET");
    }
}
