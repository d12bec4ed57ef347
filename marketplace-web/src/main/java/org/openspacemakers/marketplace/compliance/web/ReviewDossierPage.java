package org.openspacemakers.marketplace.compliance.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Board;
import org.openspacemakers.marketplace.catalog.Catalog;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.ChecklistItem;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.DossierContent;
import org.openspacemakers.marketplace.compliance.DossierView;
import org.openspacemakers.marketplace.compliance.EvidenceFile;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.Refusal;
import org.openspacemakers.marketplace.compliance.ReviewState;
import org.openspacemakers.marketplace.compliance.ReviewerConflictOfInterest;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.RevisionSubject;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.system.NotFound;
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

    private final Compliance compliance;
    private final Catalog catalog;
    private final Accounts accounts;
    private final RefusalMessages refusals;
    private final ReviewDesk desk;
    private final java.time.Clock clock;

    ReviewDossierPage(Compliance compliance, Catalog catalog, Accounts accounts, RefusalMessages refusals, ReviewDesk desk,
            java.time.Clock clock) {
        this.compliance = compliance;
        this.catalog = catalog;
        this.accounts = accounts;
        this.refusals = refusals;
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * What the decision forms hold: on first showing the defaults, after a refused decision what
     * the reviewer sent ({@code decision} names the form it came from).
     */
    record DecisionForm(String decision, Set<String> countries, Set<String> buyerTypes, Set<String> offerKinds,
            Set<String> checklist, Map<String, String> comments, String reason) {

        public String reasonFor(String form) {
            return form.equals(decision) ? reason : "";
        }
    }

    /** One BOM line and the RoHS evidence stated for it (null when there is none). */
    record BomRow(RevisionSubject.BomLine line, DossierContent.PartEvidence evidence) {
    }

    /** A destination country in play, with the association's registrations there (null when there is none). */
    record RegisterRow(String country, WeeeRegistration weee, List<ProducerRegistration> producers) {
    }

    /** A decision of the log, with the name of whoever made it. */
    record DecisionRow(ReviewState.Decision decision, String actor) {
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
            return lastDay.isAfter(today.plusDays(Compliance.WARNING_DAYS)) ? "valid" : "expiring";
        }

        /** For a first day no longer valid (a standard's withdrawal). */
        public String from(LocalDate firstInvalidDay) {
            return firstInvalidDay == null ? "" : until(firstInvalidDay.minusDays(1));
        }
    }

    DecisionForm defaults(UUID revisionId) {
        Optional<DossierView> dossier = compliance.dossier(RevisionRef.of(revisionId));
        boolean professionalOnly = dossier.map(d -> d.content().ce().intendedUse())
                .filter(use -> use == DossierContent.IntendedUse.PROFESSIONAL_RND_ONLY).isPresent();
        Set<String> buyers = professionalOnly ? Set.of(BuyerType.PROFESSIONAL.name())
                : EnumSet.allOf(BuyerType.class).stream().map(Enum::name).collect(Collectors.toSet());
        return new DecisionForm("", Set.of(), buyers,
                desk.offeredKinds(revisionId).stream().map(Enum::name).collect(Collectors.toSet()), Set.of(), Map.of(), "");
    }

    /** Fills the model for the page; not found unless the revision was handed in, forbidden to its own team. */
    String show(UUID revisionId, UUID reviewer, DecisionForm form, Locale locale, Model model) {
        RevisionRef ref = RevisionRef.of(revisionId);
        ReviewState review = catalog.revision(revisionId).flatMap(r -> compliance.review(ref)).orElseThrow(NotFound::new);
        if (catalog.isAuthor(reviewer, revisionId)) {
            throw new ReviewerConflictOfInterest(ref);
        }
        Board board = catalog.boardOf(revisionId).orElseThrow(NotFound::new);
        Optional<DossierView> dossier = compliance.dossier(ref);
        RevisionSubject current = catalog.revisionSubject(revisionId).orElseThrow(NotFound::new);
        RevisionSubject subject = dossier.filter(DossierView::frozen).map(DossierView::subject).orElse(current);
        DossierContent content = dossier.map(DossierView::content).orElse(DossierContent.EMPTY);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant submitted = ReviewPages.lastSubmitted(review);

        List<EvidenceFile> files = dossier.map(DossierView::files).orElse(List.of());
        Map<String, EvidenceFile> filesBySha = files.stream()
                .collect(Collectors.toMap(EvidenceFile::sha256, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ChecklistItem> checklist = dossier.orElseGet(() -> compliance.dossierOrEmpty(ref)).checklist();
        List<Refusal> gaps = compliance.dossierGaps(ref, current.bom());

        model.addAttribute("revisionId", revisionId);
        model.addAttribute("board", board);
        model.addAttribute("review", review);
        model.addAttribute("subject", subject);
        model.addAttribute("frozenAt", dossier.flatMap(DossierView::frozenAt).orElse(null));
        model.addAttribute("daysWaiting", Duration.between(submitted, now).toDays());
        model.addAttribute("hasDossier", dossier.isPresent());
        model.addAttribute("content", content);
        model.addAttribute("earliestExpiry", dossier.flatMap(DossierView::earliestExpiry).orElse(null));
        model.addAttribute("files", files);
        model.addAttribute("filesBySha", filesBySha);
        model.addAttribute("bomRows", bomRows(subject.bom(), content.rohs().parts()));
        model.addAttribute("unmatchedEvidence", unmatched(subject.bom(), content.rohs().parts()));
        model.addAttribute("checklist", checklist);
        model.addAttribute("gaps", refusals.explain(gaps, locale));
        model.addAttribute("register", register(review, content));
        model.addAttribute("decisions", review.decisions().stream()
                .map(d -> new DecisionRow(d, actorName(d.actor()))).toList());
        model.addAttribute("marks", new ExpiryMarks(today));
        model.addAttribute("euCountries", CountryCode.EU_MEMBERS);
        model.addAttribute("registeredCountries", compliance.weeeRegister().stream().filter(r -> r.coversOn(today))
                .map(r -> r.country().value()).collect(Collectors.toSet()));
        model.addAttribute("buyerTypes", List.of(BuyerType.values()));
        model.addAttribute("offerKinds", List.of(OfferKind.values()));
        model.addAttribute("form", form);
        return VIEW;
    }

    /** The frozen (or current) BOM lines, each with the evidence stated for it, matched by references as the dossier does. */
    private static List<BomRow> bomRows(List<RevisionSubject.BomLine> bom, List<DossierContent.PartEvidence> parts) {
        Map<String, DossierContent.PartEvidence> byLine = new HashMap<>();
        parts.forEach(p -> byLine.put(references(p.line()), p));
        return bom.stream().map(line -> new BomRow(line, byLine.get(references(line.references())))).toList();
    }

    /** Evidence the team stated for references that are not a line of the BOM. */
    private static List<DossierContent.PartEvidence> unmatched(List<RevisionSubject.BomLine> bom,
            List<DossierContent.PartEvidence> parts) {
        Set<String> lines = bom.stream().map(line -> references(line.references())).collect(Collectors.toSet());
        return parts.stream().filter(p -> !lines.contains(references(p.line()))).toList();
    }

    private static String references(String references) {
        return String.join(" ", references.strip().split("[\\s,]+"));
    }

    /**
     * The countries in play: the approval's, else every country where the association is
     * registered for WEEE; each with its WEEE registration and its other producer registrations.
     */
    private List<RegisterRow> register(ReviewState review, DossierContent content) {
        List<WeeeRegistration> weee = compliance.weeeRegister();
        List<ProducerRegistration> producers = compliance.producerRegister();
        Set<String> countries = review.scope()
                .map(scope -> scope.countries().stream().map(CountryCode::value).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(() -> weee.stream().map(r -> r.country().value()).collect(Collectors.toCollection(TreeSet::new)));
        List<RegisterRow> rows = new ArrayList<>();
        for (String country : new LinkedHashSet<>(countries)) {
            rows.add(new RegisterRow(country,
                    weee.stream().filter(r -> r.country().value().equals(country)).findFirst().orElse(null),
                    producers.stream().filter(p -> p.country().value().equals(country))
                            .filter(p -> p.kind() == ProducerRegistration.Kind.EPR_IDU_EEE || content.battery().onBoard())
                            .toList()));
        }
        return rows;
    }

    /** The person's display name, else their id; null for the store itself (decisions no person made). */
    private String actorName(UUID actor) {
        if (Compliance.STORE.equals(actor)) {
            return null;
        }
        return accounts.byId(actor).map(User::displayName).filter(name -> name != null && !name.isBlank())
                .orElse(actor.toString());
    }
}
