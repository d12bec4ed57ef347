package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.dossier.DossierRepository;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistrationRepository;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.compliance.review.ReviewRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one question every order, payment and product page asks before anything is sold: may this
 * revision, as this offer kind, go to this country and kind of buyer now? The rules are
 * {@link SaleRules}; this loads what they read, in a constant number of queries.
 */
@Service
public class SaleGate {

    private final ReviewRepository reviews;
    private final DossierRepository dossiers;
    private final WeeeRegistrationRepository weee;
    private final ProducerRegistrationRepository producers;
    private final CountryCode homeCountry;

    SaleGate(ReviewRepository reviews, DossierRepository dossiers, WeeeRegistrationRepository weee,
            ProducerRegistrationRepository producers, @Value("${marketplace.compliance.home-country:FR}") String homeCountry) {
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.weee = weee;
        this.producers = producers;
        this.homeCountry = CountryCode.of(homeCountry);
    }

    /** May this sale be made? Eligible, or blocked with every reason that applies. */
    @Transactional(readOnly = true)
    public SaleEligibility check(SaleRequest request) {
        return checkAll(List.of(request)).get(0);
    }

    /** The answers to several sale requests at once, in their order (a product page asks for every offer). */
    @Transactional(readOnly = true)
    public List<SaleEligibility> checkAll(List<SaleRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        return load(requests.stream().map(SaleRequest::revision).collect(Collectors.toSet()), false).checkAll(requests);
    }

    /**
     * What the rules read about these revisions, loaded whole (every collection of their dossiers),
     * to answer their sale requests later, outside this transaction: what a read model keeps.
     */
    @Transactional(readOnly = true)
    public SaleAnswers answers(Collection<RevisionRef> revisions) {
        return load(Set.copyOf(revisions), true);
    }

    private SaleAnswers load(Set<RevisionRef> revisions, boolean whole) {
        Set<UUID> revisionIds = revisions.stream().map(RevisionRef::id).collect(Collectors.toSet());
        Map<UUID, Review> reviewsByRevision = revisionIds.isEmpty() ? Map.of()
                : reviews.findByRevisionIdIn(revisionIds).stream()
                        .collect(Collectors.toMap(review -> review.revision().id(), review -> review));
        Map<UUID, Dossier> dossiersByRevision = revisionIds.isEmpty() ? Map.of()
                : dossiers.findByRevisionIdIn(revisionIds).stream()
                        .collect(Collectors.toMap(dossier -> dossier.revision().id(), dossier -> dossier));
        if (whole) {
            dossiersByRevision.values().forEach(SaleGate::loadWhole);
        }
        Map<String, WeeeRegistration> register = weee.findAll().stream()
                .collect(Collectors.toMap(registration -> registration.country().value(), registration -> registration));
        Map<String, ProducerRegistration> producerRegister = producers.findAll().stream()
                .collect(Collectors.toMap(r -> SaleRules.key(r.kind(), r.country()), r -> r));
        return new SaleAnswers(reviewsByRevision, dossiersByRevision, register, producerRegister, homeCountry);
    }

    /** Reads every lazily loaded part of the dossier (its sections' lists, its frozen BOM, its files) while its session is open. */
    private static void loadWhole(Dossier dossier) {
        dossier.content();
        dossier.subject();
        dossier.files();
    }

    /**
     * Every destination (EU country and kind of buyer) this revision, sold as this kind, may go to
     * now, on its conditions (the warnings it asks for acknowledged at checkout): what the catalogue shows and filters on, kept in step through {@link ReviewStatusChanged}
     * and {@link RegisterChanged}.
     */
    @Transactional(readOnly = true)
    public Set<Destination> destinations(RevisionRef revision, OfferKind kind, Instant at) {
        SaleAnswers answers = load(Set.of(revision), false);
        Set<Destination> destinations = new HashSet<>();
        for (String country : CountryCode.EU_MEMBERS) {
            for (BuyerType buyerType : BuyerType.values()) {
                if (answers.outlook(revision, kind, CountryCode.of(country), Optional.of(buyerType), at).orderable()) {
                    destinations.add(new Destination(CountryCode.of(country), buyerType));
                }
            }
        }
        return destinations;
    }

    /** What a buyer of the revision must be told and acknowledge before ordering it. */
    @Transactional(readOnly = true)
    public SaleNotices notices(RevisionRef revision) {
        return dossiers.findByRevisionId(revision.id()).map(dossier -> SaleNotices.of(dossier.content()))
                .orElse(SaleNotices.NONE);
    }
}
