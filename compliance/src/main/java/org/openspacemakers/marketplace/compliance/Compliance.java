package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistrationRepository;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
import org.openspacemakers.marketplace.compliance.review.ExpiryNotice;
import org.openspacemakers.marketplace.compliance.review.ExpiryNoticeRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewComment;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.dossier.DossierRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance module's API: submitting revisions, reviewers' decisions, the WEEE register and
 * the sale-eligibility gate that every order, payment and product page asks.
 */
@Service
public class Compliance {

    private final ReviewRepository reviews;
    private final WeeeRegistrationRepository registrations;
    private final RevisionAuthors authors;
    private final ProducerRegistrationRepository producers;
    private final ApplicationEventPublisher events;
    private final ExpiryNoticeRepository notices;
    private final jakarta.persistence.EntityManager entityManager;
    private final Clock clock;
    private final DossierRepository dossiers;
    private final EvidenceStore evidenceStore;
    private final CountryCode homeCountry;

    Compliance(ReviewRepository reviews, WeeeRegistrationRepository registrations,
            ProducerRegistrationRepository producers, RevisionAuthors authors, ApplicationEventPublisher events,
            ExpiryNoticeRepository notices, jakarta.persistence.EntityManager entityManager, Clock clock,
            DossierRepository dossiers, EvidenceStore evidenceStore,
            @Value("${marketplace.compliance.home-country:FR}") String homeCountry) {
        this.dossiers = dossiers;
        this.evidenceStore = evidenceStore;
        this.homeCountry = CountryCode.of(homeCountry);
        this.notices = notices;
        this.entityManager = entityManager;
        this.producers = producers;
        this.events = events;
        this.reviews = reviews;
        this.registrations = registrations;
        this.authors = authors;
        this.clock = clock;
    }

    /** The store itself, as the actor of decisions no person made (a newer revision superseding). */
    public static final UUID STORE = new UUID(0, 0);

    /**
     * A team hands a revision in (again, after changes were requested); it joins the reviewers'
     * queue.
     */
    @Transactional
    public ReviewState submit(RevisionSubject subject, UUID submitter) {
        RevisionRef revision = subject.revision();
        Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant()));
        dossier.freeze(subject, clock.instant());
        dossiers.save(dossier);
        Optional<Review> existing = reviews.findByRevisionId(revision.id());
        if (existing.isPresent()) {
            existing.get().resubmit(submitter, clock.instant());
            return reviews.save(existing.get()).state();
        }
        return reviews.save(Review.submit(revision, submitter, clock.instant())).state();
    }

    /** A reviewer sends the revision back to its team with comments per dossier item. */
    @Transactional
    public ReviewState requestChanges(RevisionRef revision, UUID reviewer, String reason, List<ReviewState.Comment> comments) {
        List<ReviewComment> itemComments = comments.stream().map(c -> new ReviewComment(c.item(), c.comment())).toList();
        return decide(revision, reviewer, "request changes on",
                review -> review.requestChanges(reviewer, reason, itemComments, clock.instant()));
    }

    @Transactional
    public ReviewState reject(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, "reject", review -> review.reject(reviewer, reason, clock.instant()));
    }

    @Transactional
    public ReviewState suspend(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, "suspend", review -> review.suspend(reviewer, reason, clock.instant()));
    }

    @Transactional
    public ReviewState resumeReview(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, "resume the review of", review -> review.resumeReview(reviewer, reason, clock.instant()));
    }

    @Transactional
    public ReviewState revoke(RevisionRef revision, UUID reviewer, String reason) {
        return decide(revision, reviewer, "revoke", review -> review.revoke(reviewer, reason, clock.instant()));
    }

    /** A newer revision of the same board was approved: the older approval takes no new orders. */
    @Transactional
    public void supersede(RevisionRef older, RevisionRef newer) {
        reviews.findByRevisionId(older.id())
                .filter(review -> review.status() == ReviewStatus.APPROVED)
                .ifPresent(review -> {
                    review.supersede(STORE, "superseded by the newer approved revision " + newer, clock.instant());
                    reviews.save(review);
                });
    }

    /** A reviewer takes a submitted revision; never one of their own team. */
    @Transactional
    public ReviewState startReview(RevisionRef revision, UUID reviewer) {
        return decide(revision, reviewer, "start", review -> review.startReview(reviewer, clock.instant()));
    }

    /**
     * A reviewer approves a revision under review for the given scope, confirming the whole
     * checklist; never one of their own team.
     */
    @Transactional
    public ReviewState approve(RevisionRef revision, UUID reviewer, ApprovalScope scope, String reason) {
        return approve(revision, reviewer, scope, null, reason);
    }

    /**
     * A reviewer approves a revision under review for the given scope, having ticked these
     * checklist items ({@code null}: all of them). Refused with every gap when the dossier is
     * incomplete or an applicable item is not ticked. Each country's approval lapses on the
     * earliest expiry of what is in scope there: the dossier's exemptions and standards, the WEEE
     * registration, the French IDUs, the battery registration.
     */
    @Transactional
    public ReviewState approve(RevisionRef revision, UUID reviewer, ApprovalScope scope, Set<ChecklistItem> ticked,
            String reason) {
        Review review = reviewOf(revision, reviewer, "approve");
        if (review.status() != ReviewStatus.IN_REVIEW) {
            throw new ReviewTransitionRefused(review.status(), "approve");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, now));
        List<Refusal> gaps = new ArrayList<>(dossier.gaps(dossier.subject().bom(), today));
        Map<CountryCode, LocalDate> validity = new HashMap<>();
        for (CountryCode country : scope.countries()) {
            if (dossier.batteryOnBoard() && producers.findByKindAndCountry(ProducerRegistration.Kind.BATTERIES, country.value())
                    .filter(r -> r.coversOn(today)).isEmpty()) {
                gaps.add(Refusal.of(RefusalCode.BATTERY_NOT_REGISTERED, country));
            }
            lapseDay(dossier, country, today).ifPresent(day -> validity.put(country, day));
        }
        List<ChecklistItem> applicable = dossier.checklist();
        Set<ChecklistItem> confirmed = ticked == null ? EnumSet.copyOf(applicable) : ticked;
        applicable.stream().filter(item -> !confirmed.contains(item))
                .forEach(item -> gaps.add(Refusal.of(RefusalCode.CHECKLIST_INCOMPLETE, item)));
        if (!gaps.isEmpty()) {
            throw new DossierIncomplete(gaps);
        }
        Set<ChecklistItem> seen = confirmed.stream().filter(applicable::contains).collect(Collectors.toSet());
        review.approve(reviewer, scope, validity, seen, dossier.evidenceHashes(), reason, now);
        return reviews.save(review).state();
    }

    @Transactional(readOnly = true)
    public Optional<ReviewState> review(RevisionRef revision) {
        return reviews.findByRevisionId(revision.id()).map(Review::state);
    }

    /** Reviews waiting for a reviewer (submitted or under review), oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewState> queue() {
        return queue(EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW));
    }

    /** Reviews in these statuses, oldest submission first. */
    @Transactional(readOnly = true)
    public List<ReviewState> queue(Set<ReviewStatus> statuses) {
        return reviews.findByStatusInOrderBySubmittedAtAsc(statuses).stream().map(Review::state).toList();
    }

    /** How many days ahead an approval's coming expiry is announced. */
    public static final int WARNING_DAYS = 90;

    /** What a run of the daily expiry watch did; {@code ran} is false when another node ran it today. */
    public record WatchReport(boolean ran, int lapsed, int warned) {
    }

    /**
     * The daily expiry watch: approvals whose countries lapsed are suspended there (wholly when no
     * country is left), and each coming expiry within {@value #WARNING_DAYS} days is announced once.
     * Runs at most once a day whatever the number of nodes: the day is claimed in the database first.
     */
    @Transactional
    public WatchReport watchExpiries() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int claimed = entityManager.createNativeQuery("INSERT IGNORE INTO compliance_job_runs (job, run_day) VALUES (?1, ?2)")
                .setParameter(1, "expiry-watch").setParameter(2, today).executeUpdate();
        if (claimed == 0) {
            return new WatchReport(false, 0, 0);
        }
        int lapsed = 0;
        int warned = 0;
        for (Review review : reviews.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(ReviewStatus.APPROVED))) {
            if (review.lapse(today, STORE, now)) {
                reviews.save(review);
                lapsed++;
            }
            Optional<LocalDate> next = review.nextExpiry().filter(day -> !day.isAfter(today.plusDays(WARNING_DAYS)));
            if (next.isPresent() && !notices.existsByReviewIdAndExpiresOn(review.id(), next.get())) {
                notices.save(new ExpiryNotice(review.id(), review.revision().id(), next.get(), now));
                warned++;
            }
        }
        return new WatchReport(true, lapsed, warned);
    }

    /** Announced expiries of these revisions' approvals, soonest first. */
    @Transactional(readOnly = true)
    public List<ExpiryWarning> expiryWarnings(Collection<RevisionRef> revisions) {
        if (revisions.isEmpty()) {
            return List.of();
        }
        return notices.findByRevisionIdInOrderByExpiresOn(revisions.stream().map(RevisionRef::id).toList()).stream()
                .map(n -> new ExpiryWarning(RevisionRef.of(n.revisionId()), n.expiresOn()))
                .toList();
    }

    /** A revision's approval lapses on that day unless its evidence is renewed. */
    public record ExpiryWarning(RevisionRef revision, LocalDate expiresOn) {
    }

    /** May this sale be made? Eligible, or blocked with every reason that applies. */
    @Transactional(readOnly = true)
    public SaleEligibility eligibility(SaleRequest request) {
        return eligibilities(List.of(request)).get(0);
    }

    /**
     * The answers to several sale requests at once, in their order, with a constant number of
     * queries whatever their number (a product page asks for every offer).
     */
    @Transactional(readOnly = true)
    public List<SaleEligibility> eligibilities(List<SaleRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Set<UUID> revisionIds = requests.stream().map(r -> r.revision().id()).collect(Collectors.toSet());
        Map<UUID, Review> reviewsByRevision = reviews.findByRevisionIdIn(revisionIds).stream()
                .collect(Collectors.toMap(review -> review.revision().id(), review -> review));
        Map<UUID, Dossier> dossiersByRevision = dossiers.findByRevisionIdIn(revisionIds).stream()
                .collect(Collectors.toMap(dossier -> dossier.revision().id(), dossier -> dossier));
        Map<String, WeeeRegistration> register = registrations.findAll().stream()
                .collect(Collectors.toMap(registration -> registration.country().value(), registration -> registration));
        Map<String, ProducerRegistration> producerRegister = producers.findAll().stream()
                .collect(Collectors.toMap(r -> SaleGate.key(r.kind(), r.country()), r -> r));
        return requests.stream()
                .map(request -> SaleEligibility.of(SaleGate.refusals(request, reviewsByRevision.get(request.revision().id()),
                        dossiersByRevision.get(request.revision().id()), register, producerRegister, homeCountry)))
                .toList();
    }

    /**
     * Every destination (EU country and kind of buyer) this revision, sold as this kind, may go to
     * now: what the catalogue shows and filters on, kept in step through {@link ReviewStatusChanged}
     * and {@link RegisterChanged}.
     */
    @Transactional(readOnly = true)
    public Set<Destination> destinations(RevisionRef revision, OfferKind kind, Instant at) {
        List<SaleRequest> requests = new ArrayList<>();
        for (String country : CountryCode.EU_MEMBERS) {
            for (BuyerType buyerType : BuyerType.values()) {
                requests.add(new SaleRequest(revision, kind, CountryCode.of(country), buyerType, Set.of(), at));
            }
        }
        List<SaleEligibility> answers = eligibilities(requests);
        Set<Destination> destinations = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            if (answers.get(i).isEligible()) {
                destinations.add(new Destination(requests.get(i).destination(), requests.get(i).buyerType()));
            }
        }
        return destinations;
    }

    /** The largest evidence file accepted. */
    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    /** A revision's dossier, or an empty one (not stored) when its team has not started it. */
    @Transactional(readOnly = true)
    public DossierView dossierOrEmpty(RevisionRef revision) {
        Optional<ReviewStatus> status = reviews.findByRevisionId(revision.id()).map(Review::status);
        return view(dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant())),
                editable(status));
    }

    /** A revision's dossier, if its team started one. */
    @Transactional(readOnly = true)
    public Optional<DossierView> dossier(RevisionRef revision) {
        Optional<ReviewStatus> status = reviews.findByRevisionId(revision.id()).map(Review::status);
        return dossiers.findByRevisionId(revision.id()).map(dossier -> view(dossier, editable(status)));
    }

    /**
     * What the dossier lacks for an approval today, item by item: judged against its frozen BOM
     * once submitted, else against the revision's BOM as it stands ({@code currentBom}).
     */
    @Transactional(readOnly = true)
    public List<Refusal> dossierGaps(RevisionRef revision, List<RevisionSubject.BomLine> currentBom) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Dossier dossier = dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant()));
        return dossier.gaps(dossier.frozen() ? dossier.subject().bom() : currentBom, today);
    }

    /**
     * A new revision's dossier starts as a copy of the previous revision's (statements and files,
     * not frozen): the team updates what changed, and the new revision is reviewed anew.
     */
    @Transactional
    public void startDossierFrom(RevisionRef previous, RevisionRef next) {
        dossiers.findByRevisionId(previous.id())
                .filter(dossier -> dossiers.findByRevisionId(next.id()).isEmpty())
                .ifPresent(dossier -> dossiers.save(dossier.copyFor(next, clock.instant())));
    }

    /** The team states its dossier (the whole of it); only while the revision is a draft or changes were asked for. */
    @Transactional
    public DossierView saveDossier(RevisionRef revision, UUID editor, DossierContent content) {
        Dossier dossier = editableDossier(revision, editor);
        dossier.replace(content, clock.instant());
        return view(dossiers.save(dossier), true);
    }

    /**
     * The team uploads an evidence file (a PDF, PNG or JPEG of at most {@value #MAX_EVIDENCE_BYTES}
     * bytes, judged by its content); the dossier then refers to it by its SHA-256. A refused file
     * is not stored.
     */
    @Transactional
    public EvidenceFile uploadEvidence(RevisionRef revision, UUID editor, String fileName, byte[] content) {
        Dossier dossier = editableDossier(revision, editor);
        String type = evidenceType(content);
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String sha256 = evidenceStore.put(content, type);
        EvidenceFile file = dossier.attach(new EvidenceFile(sha256, name, type, content.length, clock.instant()));
        dossiers.save(dossier);
        return file;
    }

    /** An evidence file of a revision's dossier, with its content. */
    @Transactional(readOnly = true)
    public Optional<EvidenceContent> evidence(RevisionRef revision, String sha256) {
        return dossiers.findByRevisionId(revision.id())
                .flatMap(dossier -> dossier.file(sha256))
                .flatMap(file -> evidenceStore.get(file.sha256()).map(bytes -> new EvidenceContent(file, bytes)));
    }

    /** An evidence file and its bytes. */
    public record EvidenceContent(EvidenceFile file, byte[] content) {
    }

    private static String evidenceType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new EvidenceRefused("the file is empty");
        }
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw new EvidenceRefused("the file is larger than " + MAX_EVIDENCE_BYTES / (1024 * 1024) + " MB");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw new EvidenceRefused("evidence must be a PDF, PNG or JPEG file");
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private Dossier editableDossier(RevisionRef revision, UUID editor) {
        if (!authors.includes(editor, revision)) {
            throw new NotRevisionAuthor(revision);
        }
        Optional<ReviewStatus> status = reviews.findByRevisionId(revision.id()).map(Review::status);
        if (!editable(status)) {
            throw new DossierLocked(status.get());
        }
        return dossiers.findByRevisionId(revision.id()).orElseGet(() -> Dossier.start(revision, clock.instant()));
    }

    private static boolean editable(Optional<ReviewStatus> status) {
        return status.isEmpty() || status.get() == ReviewStatus.CHANGES_REQUESTED;
    }

    private static DossierView view(Dossier dossier, boolean editable) {
        return new DossierView(dossier.subject(), dossier.frozen(), dossier.frozenAt(), editable, dossier.updatedAt(),
                dossier.content(),
                dossier.files(), dossier.checklist(), dossier.earliestExpiry());
    }

    /**
     * The day an approval for this dossier lapses in the country: the earliest of the dossier's
     * own expiries and of the registrations in scope there valid today; empty when nothing expires.
     */
    private Optional<LocalDate> lapseDay(Dossier dossier, CountryCode country, LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        dossier.earliestExpiry().ifPresent(ends::add);
        registrations.findByCountry(country.value()).filter(r -> r.coversOn(today)).ifPresent(r -> ends.add(r.validUntil()));
        for (ProducerRegistration.Kind kind : SaleGate.producerStreams(dossier, country)) {
            producers.findByKindAndCountry(kind, country.value()).filter(r -> r.coversOn(today))
                    .ifPresent(r -> ends.add(r.validUntil()));
        }
        return ends.stream().min(LocalDate::compareTo);
    }

    /**
     * A registration in the country was recorded, renewed or replaced: every approval standing
     * there lapses on the day the registers now give (later after a renewal, sooner if shortened).
     * Announced expiries of a moved day are withdrawn; the watch announces the new one in time.
     */
    private void revalidateApprovals(CountryCode country) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Review> approved = reviews.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(ReviewStatus.APPROVED)).stream()
                .filter(review -> review.approvedFor(country))
                .toList();
        if (approved.isEmpty()) {
            return;
        }
        Map<UUID, Dossier> dossiersByRevision = dossiers.findByRevisionIdIn(
                        approved.stream().map(review -> review.revision().id()).toList()).stream()
                .collect(Collectors.toMap(dossier -> dossier.revision().id(), dossier -> dossier));
        for (Review review : approved) {
            Dossier dossier = dossiersByRevision.getOrDefault(review.revision().id(),
                    Dossier.start(review.revision(), clock.instant()));
            if (review.revalidate(country, lapseDay(dossier, country, today))) {
                notices.deleteByReviewId(review.id());
                reviews.save(review);
            }
        }
    }

    /** Records (or replaces) the association's WEEE registration in a country. */
    @Transactional
    public void registerWeee(WeeeRegistration registration) {
        registrations.findByCountry(registration.country().value()).ifPresent(registrations::delete);
        registrations.flush();
        registrations.saveAndFlush(registration);
        revalidateApprovals(registration.country());
        events.publishEvent(new RegisterChanged(registration.country()));
    }

    @Transactional(readOnly = true)
    public List<WeeeRegistration> weeeRegister() {
        return registrations.findAll(org.springframework.data.domain.Sort.by("country"));
    }

    /** Records (or replaces) a battery registration or a French IDU. */
    @Transactional
    public void registerProducer(ProducerRegistration registration) {
        producers.findByKindAndCountry(registration.kind(), registration.country().value()).ifPresent(producers::delete);
        producers.flush();
        producers.save(registration);
        producers.flush();
        revalidateApprovals(registration.country());
        events.publishEvent(new RegisterChanged(registration.country()));
    }

    @Transactional(readOnly = true)
    public List<ProducerRegistration> producerRegister() {
        return producers.findAllByOrderByKindAscCountryAsc();
    }

    /** A reviewer's decision: four eyes first, then the review's own state machine, then saved (events published). */
    private ReviewState decide(RevisionRef revision, UUID reviewer, String attempted, java.util.function.Consumer<Review> decision) {
        Review review = reviewOf(revision, reviewer, attempted);
        decision.accept(review);
        return reviews.save(review).state();
    }

    private Review reviewOf(RevisionRef revision, UUID reviewer, String attempted) {
        if (authors.includes(reviewer, revision)) {
            throw new ReviewerConflictOfInterest(revision);
        }
        return reviews.findByRevisionId(revision.id())
                .orElseThrow(() -> new ReviewTransitionRefused(ReviewStatus.DRAFT, attempted));
    }
}
