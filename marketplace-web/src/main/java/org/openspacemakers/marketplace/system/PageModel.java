package org.openspacemakers.marketplace.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: whether to show the demo banner, and the path for the language links. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final boolean demo;

    PageModel(Environment environment) {
        this.demo = DatabaseMode.isDemo(environment);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }
}
