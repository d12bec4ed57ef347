package org.openspacemakers.marketplace.compliance.web;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.openspacemakers.marketplace.compliance.ExpiryWatch;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.ScopeAmendment;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.BindingMessages;
import org.openspacemakers.marketplace.system.DossierGaps;
import org.openspacemakers.marketplace.system.EvidenceDownloads;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: the queue, oldest first, and each revision's dossier page, from which the
 * reviewer reads the evidence and takes every decision. A refused decision shows the dossier page
 * again with what was wrong (400 for a bad field, 409 for a refusal) and changes nothing.
 */
@Controller
class ReviewPages {

    private final Reviews reviews;
    private final Dossiers dossiers;
    private final ExpiryWatch expiries;
    private final BoardQueries catalog;
    private final ReviewDossierPage dossierPage;
    private final RefusalMessages explanations;
    private final BindingMessages bindingMessages;
    private final java.time.Clock clock;

    ReviewPages(Reviews reviews, Dossiers dossiers, ExpiryWatch expiries, BoardQueries catalog,
            ReviewDossierPage dossierPage, RefusalMessages explanations, BindingMessages bindingMessages,
            java.time.Clock clock) {
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.expiries = expiries;
        this.catalog = catalog;
        this.dossierPage = dossierPage;
        this.explanations = explanations;
        this.bindingMessages = bindingMessages;
        this.clock = clock;
    }

    /**
     * The approve form as sent: the countries, kinds of buyer, offer kinds and checklist items
     * ticked, and why. A value that is none of the choices is a binding error naming its field;
     * the approval checks the rest.
     */
    record ApprovalForm(List<String> countries, List<BuyerType> buyerTypes, List<OfferKind> offerKinds,
            Set<ChecklistItem> checklist, String reason) {

        /** The countries' codes, also when typed as a list ({@code fr, de}). */
        List<String> countryCodes() {
            return listed(countries).stream().flatMap(value -> Arrays.stream(value.split("[,;\\s]+")))
                    .map(code -> code.strip().toUpperCase(Locale.ROOT)).filter(code -> !code.isEmpty()).distinct().toList();
        }

        Approval approval() {
            Set<ChecklistItem> ticked = EnumSet.noneOf(ChecklistItem.class);
            listed(checklist).forEach(ticked::add);
            return new Approval(countryCodes(), listed(buyerTypes), listed(offerKinds), ticked, reason);
        }

        /** As the page shows it again. */
        ReviewDossierPage.DecisionForm shown() {
            return new ReviewDossierPage.DecisionForm("approve", Set.copyOf(countryCodes()), names(buyerTypes),
                    names(offerKinds), names(checklist), Map.of(), reason, Set.of());
        }
    }

    /** The scope amendment as sent: the countries ticked to add and to remove, and why. */
    record AmendScopeForm(List<String> addCountries, List<String> removeCountries, String reason) {

        ScopeAmendment amendment() {
            return new ScopeAmendment(listed(addCountries), listed(removeCountries), reason);
        }

        /** As the page shows it again. */
        ReviewDossierPage.DecisionForm shown() {
            return new ReviewDossierPage.DecisionForm("amend-scope", Set.copyOf(listed(addCountries)), Set.of(), Set.of(),
                    Set.of(), Map.of(), reason, Set.copyOf(listed(removeCountries)));
        }
    }

    /**
     * Any other decision as sent: why, and for a request for changes a comment per checklist
     * item, {@code comment[GPSR]} (blank ones left out). A key that is no checklist item is a
     * tampered form, refused naming its field.
     */
    static class ReasonForm {
        private String reason;
        private Map<@OneOf(ChecklistItem.class) String, String> comment = new LinkedHashMap<>();

        /** The comments that say something, by item, stripped. */
        Map<String, String> comments() {
            Map<String, String> said = new LinkedHashMap<>();
            comment.forEach((item, words) -> {
                if (words != null && !words.isBlank()) {
                    said.put(item, words.strip());
                }
            });
            return said;
        }

        /** As the page shows it again, under the form of {@code decision}. */
        ReviewDossierPage.DecisionForm shown(String decision) {
            return new ReviewDossierPage.DecisionForm(decision, Set.of(), Set.of(), Set.of(), Set.of(), comments(), reason, Set.of());
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Map<String, String> getComment() {
            return comment;
        }

        public void setComment(Map<String, String> comment) {
            this.comment = comment;
        }
    }

    /**
     * A queue entry: the review, what it is about and whose team made it, how many days it has waited
     * since handed in, how complete its dossier is, and who started its review and when (null until then).
     */
    record QueueEntry(ReviewState review, Board board, Revision revision, String team, boolean ownTeam, long daysWaiting,
            DossierGaps.Completeness completeness, ReviewDossierPage.Started started) {
    }

    /**
     * The queue: the reviews in the status asked for (those waiting for a reviewer when none), each
     * with its revision, board, team, dossier and who started it, read in a constant number of
     * statements whatever the number of entries.
     */
    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReviewStatus status, @AuthenticationPrincipal SignedInUser reviewer,
            Model model) {
        Set<ReviewStatus> shown = status == null ? EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW) : EnumSet.of(status);
        Instant now = clock.instant();
        List<ReviewState> listed = reviews.queue(shown);
        List<RevisionRef> revisions = listed.stream().map(ReviewState::revision).toList();
        Map<UUID, BoardQueries.RevisionUnderReview> underReview = catalog.underReview(reviewer.id(),
                revisions.stream().map(RevisionRef::id).toList());
        Map<RevisionRef, DossierView> dossierViews = dossiers.dossiers(revisions);
        Map<RevisionRef, ReviewDossierPage.Started> started = dossierPage.started(listed);
        List<QueueEntry> entries = listed.stream()
                .filter(review -> underReview.containsKey(review.revision().id()) && dossierViews.containsKey(review.revision()))
                .map(review -> {
                    BoardQueries.RevisionUnderReview revision = underReview.get(review.revision().id());
                    return new QueueEntry(review, revision.board(), revision.revision(), revision.team().name(),
                            revision.madeByReader(), Duration.between(review.lastSubmittedAt(), now).toDays(),
                            DossierGaps.completeness(dossierViews.get(review.revision())), started.get(review.revision()));
                })
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("warnings", expiries.warnings(entries.stream()
                .map(e -> e.review().revision()).toList()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW, ReviewStatus.CHANGES_REQUESTED,
                ReviewStatus.APPROVED, ReviewStatus.SUSPENDED, ReviewStatus.REJECTED, ReviewStatus.REVOKED,
                ReviewStatus.SUPERSEDED));
        return "review-queue";
    }

    /** The dossier page: everything a reviewer reads, and the decisions the review's status allows. */
    @GetMapping("/review/{revisionId}")
    String dossier(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser reviewer, Locale locale,
            Model model) {
        return dossierPage.show(revisionId, reviewer.id(), dossierPage.defaults(revisionId), locale, model);
    }

    /** An evidence file of the dossier, always as a download; reviewers only, not found for anyone else. */
    @GetMapping("/review/{revisionId}/evidence/{sha256:" + EvidenceDownloads.SHA_256 + "}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID revisionId, @PathVariable String sha256,
            @AuthenticationPrincipal SignedInUser viewer) {
        if (!viewer.hasRole(Role.REVIEWER)) {
            throw new NotFound();
        }
        EvidenceContent evidence = dossiers.evidence(RevisionRef.of(revisionId), sha256).orElseThrow(NotFound::new);
        return EvidenceDownloads.attachment(evidence);
    }

    @PostMapping("/review/{revisionId}/start")
    ModelAndView start(@PathVariable UUID revisionId, @AuthenticationPrincipal SignedInUser reviewer, Locale locale,
            RedirectAttributes redirect, Model model) {
        try {
            reviews.startReview(RevisionRef.of(revisionId), reviewer.id());
        } catch (ReviewTransitionRefused e) {
            return refused(revisionId, reviewer, dossierPage.defaults(revisionId), locale, model, HttpStatus.CONFLICT,
                    "review.invalidState");
        }
        redirect.addFlashAttribute("notice", "review.started");
        return backTo(revisionId, locale);
    }

    /**
     * The reviewer's other decisions from the dossier page: each says why; a request for changes
     * also carries a comment per checklist item.
     */
    @PostMapping("/review/{revisionId}/{decision:request-changes|reject|suspend|resume|revoke}")
    ModelAndView decide(@PathVariable UUID revisionId, @PathVariable String decision,
            @Valid @ModelAttribute("sent") ReasonForm sent, BindingResult binding,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect, Model model) {
        ReviewDossierPage.DecisionForm form = sent.shown(decision);
        if (binding.hasErrors()) {
            return invalid(revisionId, reviewer, form, locale, model, bindingMessages.explain(binding, locale));
        }
        RevisionRef revision = RevisionRef.of(revisionId);
        String reason = sent.getReason();
        Map<String, String> comments = sent.comments();
        List<String> items = List.copyOf(comments.keySet());
        try {
            switch (decision) {
                case "request-changes" -> reviews.requestChanges(revision, reviewer.id(), reason, items.stream()
                        .map(item -> new ReviewState.Comment(item, comments.get(item))).toList());
                case "reject" -> reviews.reject(revision, reviewer.id(), reason);
                case "suspend" -> reviews.suspend(revision, reviewer.id(), reason);
                case "resume" -> reviews.resumeReview(revision, reviewer.id(), reason);
                default -> reviews.revoke(revision, reviewer.id(), reason);
            }
        } catch (InvalidInput e) {
            // The service names a comment by its place in the list; the page names it by its item.
            return invalid(revisionId, reviewer, form, locale, model, explanations.explain(e, locale).stream()
                    .map(p -> new FieldProblem(commentField(p.field(), items), p.message())).toList());
        } catch (ReviewTransitionRefused e) {
            return refused(revisionId, reviewer, form, locale, model, HttpStatus.CONFLICT, "review.invalidState");
        }
        redirect.addFlashAttribute("notice", "review.decided");
        return backTo(revisionId, locale);
    }

    /** The page's name of a field the service named: {@code comments[2]} is the comment field of the third item. */
    private static String commentField(String field, List<String> items) {
        if (field.startsWith("comments[")) {
            int index = Integer.parseInt(field.substring("comments[".length(), field.length() - 1));
            return "comment[" + items.get(index) + "]";
        }
        return field;
    }

    /**
     * Approves for the countries, kinds of buyer and offer kinds ticked, with the checklist items
     * ticked: an applicable item left unticked refuses the approval, as does any gap of the dossier.
     */
    @PostMapping("/review/{revisionId}/approve")
    ModelAndView approve(@PathVariable UUID revisionId, @ModelAttribute("sent") ApprovalForm sent, BindingResult binding,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect, Model model) {
        return decide(revisionId, sent.shown(), binding, reviewer, locale, redirect, model,
                () -> reviews.approve(RevisionRef.of(revisionId), reviewer.id(), sent.approval()),
                "dossierReview.refused", "review.approved");
    }

    /**
     * Adds countries to an approval or removes some, as a new decision: a country added passes the
     * checks an approval for it would; one removed stops selling at once.
     */
    @PostMapping("/review/{revisionId}/amend-scope")
    ModelAndView amendScope(@PathVariable UUID revisionId, @ModelAttribute("sent") AmendScopeForm sent, BindingResult binding,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect, Model model) {
        return decide(revisionId, sent.shown(), binding, reviewer, locale, redirect, model,
                () -> reviews.amendScope(RevisionRef.of(revisionId), reviewer.id(), sent.amendment()),
                "dossierReview.scopeRefused", "review.scopeAmended");
    }

    /**
     * Makes a decision that the dossier's gaps may refuse (an approval, a scope amended): a form it
     * cannot read, bad input, a state that does not allow it, or the gaps show the page again with
     * the form as sent; done, back to the page with {@code done}.
     */
    private ModelAndView decide(UUID revisionId, ReviewDossierPage.DecisionForm form, BindingResult binding,
            SignedInUser reviewer, Locale locale, RedirectAttributes redirect, Model model, Runnable decision,
            String refusedKey, String done) {
        if (binding.hasErrors()) {
            return invalid(revisionId, reviewer, form, locale, model, bindingMessages.explain(binding, locale));
        }
        try {
            decision.run();
        } catch (InvalidInput e) {
            return invalid(revisionId, reviewer, form, locale, model, explanations.explain(e, locale));
        } catch (ReviewTransitionRefused e) {
            return refused(revisionId, reviewer, form, locale, model, HttpStatus.CONFLICT, "review.invalidState");
        } catch (DossierIncomplete e) {
            model.addAttribute("reasons", DossierGaps.grouped(explanations.explain(e.reasons(), locale),
                    item -> explanations.item(item, locale)));
            return refused(revisionId, reviewer, form, locale, model, HttpStatus.CONFLICT, refusedKey);
        }
        redirect.addFlashAttribute("notice", done);
        return backTo(revisionId, locale);
    }

    /** The values sent, without the empty ones a list may hold. */
    private static <T> List<T> listed(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** The constants' names, as the page's checkboxes compare them. */
    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return listed(values).stream().map(Enum::name).collect(Collectors.toSet());
    }

    private ModelAndView invalid(UUID revisionId, SignedInUser reviewer, ReviewDossierPage.DecisionForm form, Locale locale,
            Model model, List<FieldProblem> problems) {
        model.addAttribute("problemFields", problems);
        return new ModelAndView(dossierPage.show(revisionId, reviewer.id(), form, locale, model), model.asMap(),
                HttpStatus.BAD_REQUEST);
    }

    private ModelAndView refused(UUID revisionId, SignedInUser reviewer, ReviewDossierPage.DecisionForm form, Locale locale,
            Model model, HttpStatus status, String problem) {
        model.addAttribute("problem", problem);
        return new ModelAndView(dossierPage.show(revisionId, reviewer.id(), form, locale, model), model.asMap(), status);
    }

    private static ModelAndView backTo(UUID revisionId, Locale locale) {
        return new ModelAndView("redirect:/review/" + revisionId + "?lang=" + locale.getLanguage());
    }
}
