package org.openspacemakers.marketplace.compliance.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.Dossiers;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.ExpiryWatch;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewerConflictOfInterest;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.CountryNames;
import org.openspacemakers.marketplace.system.DossierGaps;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the reviewer's dossier page shows about one submitted revision: what it covers, each
 * section of the dossier, its files, its gaps, the register entries in play, the decision log and
 * the forms for the decisions its status allows. Never for a reviewer of the revision's own team.
 */
@Component
class ReviewDossierPage {

    static final String VIEW = "review-dossier";

    private final Reviews reviews;
    private final Dossiers dossiers;
    private final Register register;
    private final SaleGate gate;
    private final BoardQueries catalog;
    private final Accounts accounts;
    private final RefusalMessages explanations;
    private final java.time.Clock clock;

    ReviewDossierPage(Reviews reviews, Dossiers dossiers, Register register, SaleGate gate, BoardQueries catalog,
            Accounts accounts, RefusalMessages explanations, java.time.Clock clock) {
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.register = register;
        this.gate = gate;
        this.catalog = catalog;
        this.accounts = accounts;
        this.explanations = explanations;
        this.clock = clock;
    }

    /**
     * What the decision forms hold: on first showing the defaults, after a refused decision what
     * the reviewer sent ({@code decision} names the form it came from).
     */
    record DecisionForm(String decision, Set<String> countries, Set<String> buyerTypes, Set<String> offerKinds,
            Set<String> checklist, Map<String, String> comments, String reason, Set<String> removeCountries) {

        public String reasonFor(String form) {
            return form.equals(decision) ? reason : "";
        }
    }

    /** A country of the approval, named in the page's language, with the day its approval there lapses (null: open-ended). */
    record ScopeCountry(String code, String name, LocalDate validUntil) {
    }

    /** What a scope amendment of the log changed: the countries added and removed, named. */
    record ScopeChange(List<String> added, List<String> removed) {
    }

    /** A decision of the log, with the name of whoever made it. */
    record DecisionRow(ReviewState.Decision decision, String actor, ScopeChange scopeChange) {
    }

    private static ScopeChange scopeChange(ReviewState.Decision d, Locale locale) {
        if (!d.kind().equals("SCOPE_AMENDED")) {
            return null;
        }
        return new ScopeChange(named(d, org.openspacemakers.marketplace.compliance.ScopeAmendment.COUNTRY_ADDED, locale), named(d, org.openspacemakers.marketplace.compliance.ScopeAmendment.COUNTRY_REMOVED, locale));
    }

    private static List<String> named(ReviewState.Decision d, String item, Locale locale) {
        return d.comments().stream().filter(c -> c.item().equals(item)).map(c -> CountryNames.name(c.comment(), locale)).toList();
    }

    /** Who started the review of the revision as last handed in, and when. */
    record Started(String reviewer, Instant at) {
    }

    /** Who started the review now under way, and when; empty until someone has since the revision was last handed in. */
    java.util.Optional<Started> started(ReviewState review) {
        return startedReview(review).map(d -> new Started(actorName(d.actor()), d.at()));
    }

    /**
     * {@link #started(ReviewState)} of several reviews, by revision (those not started left out),
     * their reviewers' names read in one statement whatever their number.
     */
    Map<RevisionRef, Started> started(List<ReviewState> reviews) {
        Map<RevisionRef, ReviewState.Decision> starts = new java.util.HashMap<>();
        reviews.forEach(review -> startedReview(review).ifPresent(start -> starts.put(review.revision(), start)));
        Map<UUID, User> people = accounts.byIds(starts.values().stream().map(ReviewState.Decision::actor)
                .filter(actor -> !Reviews.STORE.equals(actor)).collect(Collectors.toSet()));
        Map<RevisionRef, Started> started = new java.util.HashMap<>();
        starts.forEach((revision, start) -> started.put(revision, new Started(actorName(start.actor(), people), start.at())));
        return started;
    }

    private static java.util.Optional<ReviewState.Decision> startedReview(ReviewState review) {
        Instant handedIn = review.lastSubmittedAt();
        return review.decisions().stream()
                .filter(d -> d.kind().equals("REVIEW_STARTED") && !d.at().isBefore(handedIn))
                .reduce((first, second) -> second);
    }

    /** How close a date is: past ({@code expired}), within the warning period ({@code expiring}), or later. */
    record ExpiryMarks(LocalDate today) {

        /** For a last valid day (an exemption's expiry, a registration's end, an approval's lapse). */
        public String until(LocalDate lastDay) {
            if (lastDay == null) {
                return "";
            }
            if (lastDay.isBefore(today)) {
                return "expired";
            }
            return lastDay.isAfter(today.plusDays(ExpiryWatch.WARNING_DAYS)) ? "valid" : "expiring";
        }

        /** For a first day no longer valid (a standard's withdrawal). */
        public String from(LocalDate firstInvalidDay) {
            return firstInvalidDay == null ? "" : until(firstInvalidDay.minusDays(1));
        }
    }

    /** The forms' defaults: professional buyers only for a professional-only board, and the kinds the revision is offered as. */
    DecisionForm defaults(UUID revisionId) {
        RevisionRef revision = RevisionRef.of(revisionId);
        boolean professionalOnly = gate.notices(revision).professionalOnly();
        Set<String> buyers = professionalOnly ? Set.of(BuyerType.PROFESSIONAL.name())
                : EnumSet.allOf(BuyerType.class).stream().map(Enum::name).collect(Collectors.toSet());
        return new DecisionForm("", Set.of(), buyers,
                reviews.defaultOfferKinds(revision).stream().map(Enum::name).collect(Collectors.toSet()), Set.of(), Map.of(), "", Set.of());
    }

    /** Fills the model for the page; not found unless the revision was handed in, forbidden to its own team. */
    String show(UUID revisionId, UUID reviewer, DecisionForm form, Locale locale, Model model) {
        RevisionRef ref = RevisionRef.of(revisionId);
        ReviewState review = reviews.review(ref).orElseThrow(NotFound::new);
        if (catalog.isAuthor(reviewer, revisionId)) {
            throw new ReviewerConflictOfInterest(ref);
        }
        DossierView dossier = dossiers.dossier(ref);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, EvidenceFile> filesBySha = dossier.files().stream()
                .collect(Collectors.toMap(EvidenceFile::sha256, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        model.addAttribute("revisionId", revisionId);
        model.addAttribute("board", catalog.boardOf(revisionId).orElseThrow(NotFound::new));
        model.addAttribute("review", review);
        model.addAttribute("subject", dossier.subject());
        model.addAttribute("frozenAt", dossier.frozenAt().orElse(null));
        model.addAttribute("daysWaiting", Duration.between(review.lastSubmittedAt(), now).toDays());
        model.addAttribute("hasDossier", dossier.started());
        model.addAttribute("content", dossier.content());
        model.addAttribute("earliestExpiry", dossier.earliestExpiry().orElse(null));
        model.addAttribute("files", dossier.files());
        model.addAttribute("filesBySha", filesBySha);
        model.addAttribute("dossier", dossier);
        model.addAttribute("bomRows", dossier.rohsRows());
        model.addAttribute("unmatchedEvidence", dossier.unmatchedEvidence());
        model.addAttribute("checklist", dossier.checklist());
        List<RefusalMessages.Reason> gaps = explanations.explain(dossier.gaps(), locale);
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapGroups", DossierGaps.grouped(gaps, item -> explanations.item(item, locale)));
        model.addAttribute("completeness", DossierGaps.completeness(dossier));
        model.addAttribute("started", started(review).orElse(null));
        model.addAttribute("register", register.inPlay(review.scope().map(scope -> scope.countries()).orElse(Set.of()),
                dossier.content().battery().onBoard()));
        model.addAttribute("decisions", review.decisions().stream()
                .map(d -> new DecisionRow(d, actorName(d.actor()), scopeChange(d, locale))).toList());
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        model.addAttribute("scopeCountries", reviews.countryValidity(ref).entrySet().stream()
                .map(e -> new ScopeCountry(e.getKey().value(), CountryNames.name(e.getKey(), locale), e.getValue().orElse(null)))
                .sorted(java.util.Comparator.comparing(ScopeCountry::name, collator)).toList());
        Set<String> inScope = review.scope().map(s -> s.countries().stream().map(CountryCode::value)
                .collect(Collectors.toSet())).orElse(Set.of());
        model.addAttribute("scopeBuyerTypes", review.scope().map(s -> java.util.Arrays.stream(BuyerType.values())
                .filter(s.buyerTypes()::contains).toList()).orElse(List.of()));
        model.addAttribute("scopeOfferKinds", review.scope().map(s -> java.util.Arrays.stream(OfferKind.values())
                .filter(s.offerKinds()::contains).toList()).orElse(List.of()));
        model.addAttribute("addableCountries", CountryCode.EU_MEMBERS.stream().filter(code -> !inScope.contains(code))
                .map(code -> new ScopeCountry(code, CountryNames.name(code, locale), null))
                .sorted(java.util.Comparator.comparing(ScopeCountry::name, collator)).toList());
        model.addAttribute("marks", new ExpiryMarks(today));
        model.addAttribute("euCountries", CountryNames.in(locale));
        model.addAttribute("registeredCountries", register.weeeCountries(today));
        model.addAttribute("buyerTypes", List.of(BuyerType.values()));
        model.addAttribute("offerKinds", List.of(OfferKind.values()));
        model.addAttribute("form", form);
        return VIEW;
    }

    /** The person's display name, else their id; null for the store itself (decisions no person made). */
    String actorName(UUID actor) {
        if (Reviews.STORE.equals(actor)) {
            return null;
        }
        return accounts.byId(actor).map(User::displayName).filter(name -> name != null && !name.isBlank())
                .orElse(actor.toString());
    }

    /** {@link #actorName(UUID)} among these people, read already. */
    private static String actorName(UUID actor, Map<UUID, User> people) {
        if (Reviews.STORE.equals(actor)) {
            return null;
        }
        return java.util.Optional.ofNullable(people.get(actor)).map(User::displayName)
                .filter(name -> name != null && !name.isBlank()).orElse(actor.toString());
    }
}
