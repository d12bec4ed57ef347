package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.review.Review;

/**
 * The gate's answers for some revisions, from what its rules read loaded once ({@link SaleGate#answers}):
 * the revisions' reviews and dossiers and the registers. It answers any destination, kind of buyer
 * and instant in memory, with the same rules as {@link SaleGate#checkAll}, and stays right until
 * one of those inputs changes: a review decision ({@link ReviewStatusChanged}), the register
 * ({@link RegisterChanged}); a dossier is frozen once its revision is handed in. Nothing it
 * answers changes after it is built (it only remembers the notices it read), so threads may share it.
 */
public final class SaleAnswers {

    private final Map<UUID, Review> reviews;
    private final Map<UUID, Dossier> dossiers;
    private final Map<String, WeeeRegistration> register;
    private final Map<String, ProducerRegistration> producerRegister;
    private final CountryCode homeCountry;
    /** Each revision's notices, read from its dossier once (a product page asks for every offer on every request). */
    private final Map<UUID, SaleNotices> notices = new ConcurrentHashMap<>();

    SaleAnswers(Map<UUID, Review> reviews, Map<UUID, Dossier> dossiers, Map<String, WeeeRegistration> register,
            Map<String, ProducerRegistration> producerRegister, CountryCode homeCountry) {
        this.reviews = Map.copyOf(reviews);
        this.dossiers = Map.copyOf(dossiers);
        this.register = Map.copyOf(register);
        this.producerRegister = Map.copyOf(producerRegister);
        this.homeCountry = homeCountry;
    }

    /** The answers to these requests, in their order; each must be about one of the revisions loaded. */
    public List<SaleEligibility> checkAll(List<SaleRequest> requests) {
        return requests.stream().map(this::check).toList();
    }

    /**
     * Whether the offer could be ordered there now, on the revision's conditions: its warnings
     * acknowledged, and bought by the kind of buyer given, or when none is (a visitor whose kind
     * is not known yet) by the kind it is sold to: a professional for a listing sold to
     * professionals only, else a consumer.
     */
    public SaleOutlook outlook(RevisionRef revision, OfferKind kind, CountryCode destination,
            Optional<BuyerType> buyerType, Instant at) {
        SaleNotices notices = notices(revision);
        BuyerType buyer = buyerType.orElse(notices.professionalOnly() ? BuyerType.PROFESSIONAL : BuyerType.CONSUMER);
        return new SaleOutlook(check(new SaleRequest(revision, kind, destination, buyer, notices.acknowledgements(), at)),
                notices);
    }

    /** What a buyer of the revision must be told and acknowledge (nothing without a dossier). */
    public SaleNotices notices(RevisionRef revision) {
        Dossier dossier = dossiers.get(revision.id());
        return dossier == null ? SaleNotices.NONE
                : notices.computeIfAbsent(revision.id(), id -> SaleNotices.of(dossier.content()));
    }

    public SaleEligibility check(SaleRequest request) {
        UUID revision = request.revision().id();
        // A revision without a review is a draft, whose refusal needs nothing loaded; any other must have been.
        return SaleEligibility.of(SaleRules.refusals(request, reviews.get(revision), dossiers.get(revision), register,
                producerRegister, homeCountry));
    }
}
