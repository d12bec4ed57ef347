package org.openspacemakers.marketplace.order.web;

import org.openspacemakers.marketplace.system.Association;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The terms of sale, which checkout asks the buyer to accept: public, like the catalogue, and without a session. */
@Controller
class TermsPage {

    private final Association association;

    TermsPage(Association association) {
        this.association = association;
    }

    @GetMapping("/terms")
    String terms(Model model) {
        model.addAttribute("association", association);
        return "terms";
    }
}
