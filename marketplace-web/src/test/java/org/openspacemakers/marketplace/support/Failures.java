package org.openspacemakers.marketplace.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Test-only endpoints that fail as nothing in the store should, with an exception no handler
 * knows: one on the API, one page. Their message stands for what must never reach a client.
 */
@TestComponent
@Controller
public class Failures {

    public static final String API = "/api/v1/test-failures/unexpected";
    public static final String PAGE = "/test-failures/unexpected";
    public static final String SECRET = "SELECT password_hash FROM users WHERE id = 42";

    @GetMapping(API)
    @ResponseBody
    String api() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping(PAGE)
    String page() {
        throw new IllegalStateException(SECRET);
    }
}
