package org.openspacemakers.marketplace.compliance.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.system.BadRequest;
import org.openspacemakers.marketplace.system.FieldProblem;
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
    private final java.time.Clock clock;

    ReviewPages(Compliance compliance, Catalog catalog, ReviewDesk desk, java.time.Clock clock) {
        this.compliance = compliance;
        this.catalog = catalog;
        this.desk = desk;
        this.clock = clock;
    }

    /** A queue entry: the review, what it is about, and how many days it has waited since handed in. */
    record QueueEntry(ReviewState review, Board board, Revision revision, boolean ownTeam, long daysWaiting) {
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReviewStatus status, @AuthenticationPrincipal SignedInUser reviewer,
            Model model) {
        Set<ReviewStatus> shown = status == null ? EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW) : EnumSet.of(status);
        java.time.Instant now = clock.instant();
        List<QueueEntry> entries = compliance.queue(shown).stream()
                .flatMap(review -> catalog.revision(review.revision().id()).stream()
                        .flatMap(revision -> catalog.boardOf(revision.id()).stream()
                                .map(board -> new QueueEntry(review, board, revision,
                                        catalog.isAuthor(reviewer.id(), revision.id()),
                                        java.time.Duration.between(lastSubmitted(review), now).toDays()))))
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("warnings", compliance.expiryWarnings(entries.stream()
                .map(e -> e.review().revision()).toList()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW, ReviewStatus.CHANGES_REQUESTED,
                ReviewStatus.APPROVED, ReviewStatus.SUSPENDED, ReviewStatus.REJECTED, ReviewStatus.REVOKED,
                ReviewStatus.SUPERSEDED));
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

    /** The reviewer's other decisions from the page: each says why. */
    @PostMapping("/review/{revisionId}/{decision:request-changes|reject|suspend|resume|revoke}")
    String decide(@PathVariable UUID revisionId, @PathVariable String decision, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect) {
        if (reason.isBlank() || reason.length() > 2000) {
            redirect.addFlashAttribute("problemFields", List.of(new FieldProblem("reason", "says why, in 1 to 2000 characters")));
            return "redirect:/review?lang=" + locale.getLanguage();
        }
        try {
            desk.decide(revisionId, reviewer.id(), reason.strip(), switch (decision) {
                case "request-changes" -> (revision, actor, why) -> compliance.requestChanges(revision, actor, why,
                        item.isBlank() || comment.isBlank() ? List.of() : List.of(new ReviewState.Comment(item, comment)));
                case "reject" -> compliance::reject;
                case "suspend" -> compliance::suspend;
                case "resume" -> compliance::resumeReview;
                default -> compliance::revoke;
            });
            redirect.addFlashAttribute("notice", "review.decided");
        } catch (ReviewTransitionRefused e) {
            redirect.addFlashAttribute("problem", "review.invalidState");
        }
        return "redirect:/review?lang=" + locale.getLanguage();
    }

    private static java.time.Instant lastSubmitted(ReviewState review) {
        return review.decisions().stream().filter(d -> d.kind().equals("SUBMITTED")).reduce((a, b) -> b)
                .map(ReviewState.Decision::at).orElse(review.submittedAt());
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
