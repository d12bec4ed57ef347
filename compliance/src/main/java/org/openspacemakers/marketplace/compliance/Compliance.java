package org.openspacemakers.marketplace.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewComment;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
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
    private final Clock clock;

    Compliance(ReviewRepository reviews, WeeeRegistrationRepository registrations,
            ProducerRegistrationRepository producers, RevisionAuthors authors, ApplicationEventPublisher events,
            Clock clock) {
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
    public ReviewState submit(RevisionRef revision, UUID submitter) {
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

    /** A reviewer approves a revision under review for the given scope; never one of their own team. */
    @Transactional
    public ReviewState approve(RevisionRef revision, UUID reviewer, ApprovalScope scope, String reason) {
        return decide(revision, reviewer, "approve", review -> review.approve(reviewer, scope, reason, clock.instant()));
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
        Map<UUID, Review> reviewsByRevision = reviews.findByRevisionIdIn(
                        requests.stream().map(r -> r.revision().id()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(review -> review.revision().id(), review -> review));
        Map<String, WeeeRegistration> register = registrations.findAll().stream()
                .collect(Collectors.toMap(registration -> registration.country().value(), registration -> registration));
        return requests.stream()
                .map(request -> SaleEligibility.of(refusals(request, reviewsByRevision.get(request.revision().id()), register)))
                .toList();
    }

    /**
     * Every destination (EU country and kind of buyer) this revision, sold as this kind, may go to
     * now: what the catalogue shows and filters on, kept in step through {@link ReviewStatusChanged}
     * and {@link WeeeRegisterChanged}.
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

    private static List<Refusal> refusals(SaleRequest request, Review review, Map<String, WeeeRegistration> register) {
        List<Refusal> reasons = new ArrayList<>(review == null
                ? List.of(Refusal.of(RefusalCode.NOT_APPROVED, ReviewStatus.DRAFT))
                : review.refusalsFor(request));
        CountryCode destination = request.destination();
        if (!destination.isEu()) {
            reasons.add(Refusal.of(RefusalCode.OUTSIDE_EU, destination));
        } else {
            LocalDate day = LocalDate.ofInstant(request.at(), ZoneOffset.UTC);
            WeeeRegistration registration = register.get(destination.value());
            if (registration == null || !registration.coversOn(day)) {
                reasons.add(Refusal.of(RefusalCode.WEEE_NOT_REGISTERED, destination));
            }
        }
        return reasons;
    }

    /** Records (or replaces) the association's WEEE registration in a country. */
    @Transactional
    public void registerWeee(WeeeRegistration registration) {
        registrations.findByCountry(registration.country().value()).ifPresent(registrations::delete);
        registrations.flush();
        registrations.save(registration);
        events.publishEvent(new WeeeRegisterChanged(registration.country()));
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
