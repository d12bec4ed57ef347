package org.openspacemakers.marketplace.compliance.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Revision;
import org.openspacemakers.marketplace.compliance.Approval;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.DossierIncomplete;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceContent;
import org.openspacemakers.marketplace.compliance.ExpiryWatch;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewStatus;
import org.openspacemakers.marketplace.compliance.ReviewTransitionRefused;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.EvidenceDownloads;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** The prefix of the request-changes form's fields holding the comment on one checklist item. */
    static final String COMMENT_FIELD = "comment.";

    private final Reviews reviews;
    private final Dossiers dossiers;
    private final ExpiryWatch expiries;
    private final BoardQueries catalog;
    private final ReviewDossierPage dossierPage;
    private final RefusalMessages explanations;
    private final java.time.Clock clock;

    ReviewPages(Reviews reviews, Dossiers dossiers, ExpiryWatch expiries, BoardQueries catalog,
            ReviewDossierPage dossierPage, RefusalMessages explanations, java.time.Clock clock) {
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.expiries = expiries;
        this.catalog = catalog;
        this.dossierPage = dossierPage;
        this.explanations = explanations;
        this.clock = clock;
    }

    /** A queue entry: the review, what it is about, and how many days it has waited since handed in. */
    record QueueEntry(ReviewState review, Board board, Revision revision, boolean ownTeam, long daysWaiting) {
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReviewStatus status, @AuthenticationPrincipal SignedInUser reviewer,
            Model model) {
        Set<ReviewStatus> shown = status == null ? EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW) : EnumSet.of(status);
        Instant now = clock.instant();
        List<QueueEntry> entries = reviews.queue(shown).stream()
                .flatMap(review -> catalog.revision(review.revision().id()).stream()
                        .flatMap(revision -> catalog.boardOf(revision.id()).stream()
                                .map(board -> new QueueEntry(review, board, revision,
                                        catalog.isAuthor(reviewer.id(), revision.id()),
                                        Duration.between(review.lastSubmittedAt(), now).toDays()))))
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
     * also carries a comment per checklist item ({@value #COMMENT_FIELD}ITEM fields, blank ones ignored).
     */
    @PostMapping("/review/{revisionId}/{decision:request-changes|reject|suspend|resume|revoke}")
    ModelAndView decide(@PathVariable UUID revisionId, @PathVariable String decision,
            @RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal SignedInUser reviewer,
            Locale locale, RedirectAttributes redirect, Model model) {
        String reason = fields.getFirst("reason") == null ? "" : fields.getFirst("reason");
        Map<String, String> comments = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(COMMENT_FIELD) && values.stream().anyMatch(v -> v != null && !v.isBlank())) {
                String item = name.substring(COMMENT_FIELD.length());
                comments.put(item, String.join("\n", values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList()));
                // The form offers a comment field per checklist item only: another name is a tampered form.
                if (Arrays.stream(ChecklistItem.values()).noneMatch(known -> known.name().equals(item))) {
                    problems.add(new FieldProblem(name, explanations.message("invalid.checklistItem", List.of(), locale)));
                }
            }
        });
        ReviewDossierPage.DecisionForm form = new ReviewDossierPage.DecisionForm(decision, Set.of(), Set.of(), Set.of(),
                Set.of(), comments, reason);
        if (!problems.isEmpty()) {
            return invalid(revisionId, reviewer, form, locale, model, problems);
        }
        RevisionRef revision = RevisionRef.of(revisionId);
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
            return COMMENT_FIELD + items.get(index);
        }
        return field;
    }

    /**
     * Approves for the countries, kinds of buyer and offer kinds ticked, with the checklist items
     * ticked: an applicable item left unticked refuses the approval, as does any gap of the dossier.
     */
    @PostMapping("/review/{revisionId}/approve")
    ModelAndView approve(@PathVariable UUID revisionId, @RequestParam(required = false) List<String> countries,
            @RequestParam(required = false) List<String> buyerTypes, @RequestParam(required = false) List<String> offerKinds,
            @RequestParam(required = false) List<String> checklist, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser reviewer, Locale locale, RedirectAttributes redirect, Model model) {
        List<String> countryList = values(countries).stream()
                .flatMap(value -> Arrays.stream(value.split("[,;\\s]+")))
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).distinct().toList();
        ReviewDossierPage.DecisionForm form = new ReviewDossierPage.DecisionForm("approve", Set.copyOf(countryList),
                Set.copyOf(values(buyerTypes)), Set.copyOf(values(offerKinds)), Set.copyOf(values(checklist)), Map.of(), reason);
        List<FieldProblem> problems = new ArrayList<>();
        List<BuyerType> buyers = enums(BuyerType.class, "buyerTypes", values(buyerTypes), problems, locale);
        List<OfferKind> kinds = enums(OfferKind.class, "offerKinds", values(offerKinds), problems, locale);
        List<ChecklistItem> ticked = enums(ChecklistItem.class, "checklist", values(checklist), problems, locale);
        if (!problems.isEmpty()) {
            return invalid(revisionId, reviewer, form, locale, model, problems);
        }
        try {
            reviews.approve(RevisionRef.of(revisionId), reviewer.id(), new Approval(countryList, buyers, kinds,
                    ticked.isEmpty() ? EnumSet.noneOf(ChecklistItem.class) : EnumSet.copyOf(ticked), reason));
        } catch (InvalidInput e) {
            return invalid(revisionId, reviewer, form, locale, model, explanations.explain(e, locale));
        } catch (ReviewTransitionRefused e) {
            return refused(revisionId, reviewer, form, locale, model, HttpStatus.CONFLICT, "review.invalidState");
        } catch (DossierIncomplete e) {
            model.addAttribute("reasons", explanations.explain(e.reasons(), locale));
            return refused(revisionId, reviewer, form, locale, model, HttpStatus.CONFLICT, "dossierReview.refused");
        }
        redirect.addFlashAttribute("notice", "review.approved");
        return backTo(revisionId, locale);
    }

    private static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** The named constants, or a problem naming the field when one is unknown. */
    private <E extends Enum<E>> List<E> enums(Class<E> type, String field, List<String> names,
            List<FieldProblem> problems, Locale locale) {
        Set<E> found = new LinkedHashSet<>();
        for (String name : names) {
            try {
                found.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, explanations.message("invalid.choice", List.of(), locale)));
            }
        }
        return new ArrayList<>(found);
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
