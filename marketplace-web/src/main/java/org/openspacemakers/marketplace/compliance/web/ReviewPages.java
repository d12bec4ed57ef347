package org.openspacemakers.marketplace.compliance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.system.BadRequest;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's queue, oldest first, with the start-review and approve actions. */
@Controller
class ReviewPages {

    private final Compliance compliance;
    private final Catalog catalog;
    private final ReviewDesk desk;

    ReviewPages(Compliance compliance, Catalog catalog, ReviewDesk desk) {
        this.compliance = compliance;
        this.catalog = catalog;
        this.desk = desk;
    }

    /** A queue entry: the review and what it is about. */
    record QueueEntry(ReviewState review, Board board, Revision revision, boolean ownTeam) {
    }

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal SignedInUser reviewer, Model model) {
        List<QueueEntry> entries = compliance.queue().stream()
                .flatMap(review -> catalog.revision(review.revision().id()).stream()
                        .flatMap(revision -> catalog.boardOf(revision.id()).stream()
                                .map(board -> new QueueEntry(review, board, revision,
                                        catalog.isAuthor(reviewer.id(), revision.id())))))
                .toList();
        model.addAttribute("entries", entries);
        return "review-queue";
    }

    @PostMapping("/review/{revisionId}/start")
    String start(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser reviewer, Locale locale,
            RedirectAttributes redirect) {
        try {
            desk.start(revisionId, reviewer.id());
            redirect.addFlashAttribute("notice", "review.started");
        } catch (ReviewTransitionRefused e) {
            redirect.addFlashAttribute("problem", "review.invalidState");
        }
        return "redirect:/review?lang=" + locale.getLanguage();
    }

    @PostMapping("/review/{revisionId}/approve")
    String approve(@PathVariable UUID revisionId, @RequestParam(defaultValue = "") String countries,
            @RequestParam(required = false) List<BuyerType> buyerTypes, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect) {
        List<String> countryList = Arrays.stream(countries.split("[,;\\s]+"))
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
        try {
            desk.approve(revisionId, reviewer.id(), countryList, buyerTypes, null, reason);
            redirect.addFlashAttribute("notice", "review.approved");
        } catch (ReviewTransitionRefused e) {
            redirect.addFlashAttribute("problem", "review.invalidState");
        } catch (BadRequest e) {
            redirect.addFlashAttribute("problemFields", e.problems());
        }
        return "redirect:/review?lang=" + locale.getLanguage();
    }
}
