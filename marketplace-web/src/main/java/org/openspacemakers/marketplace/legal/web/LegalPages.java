package org.openspacemakers.marketplace.legal.web;

import org.openspacemakers.marketplace.invoice.Seller;
import org.openspacemakers.marketplace.system.Association;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages a French association selling online must show to anyone: the legal notice (who
 * publishes the site and who hosts it), how to reach the association and its consumer mediator, and
 * what it does with personal data. Public and without a session, like the terms of sale: every
 * value comes from {@code marketplace.association.*}, the identity invoices and product pages use.
 */
@Controller
class LegalPages {

    private final Association association;
    private final Seller seller;

    LegalPages(Association association, Seller seller) {
        this.association = association;
        this.seller = seller;
    }

    @GetMapping("/legal")
    String legalNotice(Model model) {
        model.addAttribute("association", association);
        model.addAttribute("seller", seller);
        return "legal";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("association", association);
        return "contact";
    }

    @GetMapping("/privacy")
    String privacyNotice(Model model) {
        model.addAttribute("association", association);
        return "privacy";
    }
}
