package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.compliance.review.Review;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.openspacemakers.marketplace.refusal.RefusalCode;

/**
 * The sale-eligibility rules as a pure function of what they read: the revision's review, its
 * dossier, the registers and the request. {@link SaleGate} loads them (a constant number of
 * queries for any number of requests) and asks here.
 */
final class SaleRules {

    /**
     * The detail of a WEEE or battery refusal where the association is registered but, outside its
     * home country, without the authorised representative the country requires (WEEE art. 17,
     * Batteries Regulation art. 55).
     */
    static final String NO_REPRESENTATIVE = "NO_REPRESENTATIVE";

    /** The detail of a WEEE refusal where the registration does not list every category of the board (WEEE Annex III). */
    static final String CATEGORY_NOT_COVERED = "CATEGORY_NOT_COVERED";

    /** The detail of a WEEE refusal where the registration covers professional equipment only and the board is household equipment, or the reverse. */
    static final String SCOPE_NOT_COVERED = "SCOPE_NOT_COVERED";

    private SaleRules() {
    }

    /** The register keys of {@code producerRegister}: a registration's kind and country, as {@code "BATTERIES DE"}. */
    static String key(ProducerKind kind, CountryCode country) {
        return kind + " " + country.value();
    }

    /**
     * The gate's rules (COMPLIANCE-DOMAIN.md, "What blocks an order"): the review's status and
     * scope; the dossier's own (evidence, GPSR, radio, buyer type, acknowledgements, language,
     * supplied parts); the destination's registers (EU only, WEEE with an authorised
     * representative outside the home country and covering the board's categories and scope,
     * batteries likewise represented, France's IDUs and Germany's LUCID number).
     */
    static List<Refusal> refusals(SaleRequest request, Review review, Dossier found,
            Map<String, WeeeRegistration> register, Map<String, ProducerRegistration> producerRegister,
            CountryCode homeCountry) {
        List<Refusal> reasons = new ArrayList<>(review == null
                ? List.of(Refusal.of(RefusalCode.NOT_APPROVED, ReviewStatus.DRAFT))
                : review.refusalsFor(request));
        LocalDate day = LocalDate.ofInstant(request.at(), ZoneOffset.UTC);
        Dossier dossier = found != null ? found : Dossier.start(request.revision(), request.at());
        reasons.addAll(dossier.saleRefusals(request, day));
        CountryCode destination = request.destination();
        if (!destination.isEu()) {
            reasons.add(Refusal.inCountry(RefusalCode.OUTSIDE_EU, destination));
            return reasons;
        }
        weeeRefusal(register.get(destination.value()), dossier, destination, homeCountry, day).ifPresent(reasons::add);
        for (ProducerKind stream : ProducerKind.neededFor(destination, dossier.batteryOnBoard())) {
            producerRefusal(stream, producerRegister.get(key(stream, destination)), destination, homeCountry, day)
                    .ifPresent(reasons::add);
        }
        return reasons;
    }

    /**
     * What WEEE refuses in the destination: no registration in force; outside the home country, none
     * through an authorised representative; a registration not listing every category of the board,
     * or not covering its household or professional scope.
     */
    private static Optional<Refusal> weeeRefusal(WeeeRegistration registration, Dossier dossier,
            CountryCode destination, CountryCode homeCountry, LocalDate day) {
        Refusal refused = Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, destination);
        if (registration == null || !registration.coversOn(day)) {
            return Optional.of(refused);
        }
        if (!destination.equals(homeCountry) && !registration.represented()) {
            return Optional.of(refused.withDetail(NO_REPRESENTATIVE));
        }
        if (!registration.coversCategories(dossier.weeeCategories())) {
            return Optional.of(refused.withDetail(CATEGORY_NOT_COVERED));
        }
        if (!registration.coversScope(dossier.weeeHousehold())) {
            return Optional.of(refused.withDetail(SCOPE_NOT_COVERED));
        }
        return Optional.empty();
    }

    /**
     * What a registration besides WEEE refuses: batteries not registered in force, or outside the
     * home country not through an authorised representative; a national stream's identifier
     * missing (detail: its {@link ProducerKind}).
     */
    static Optional<Refusal> producerRefusal(ProducerKind stream, ProducerRegistration producer,
            CountryCode destination, CountryCode homeCountry, LocalDate day) {
        boolean inForce = producer != null && producer.coversOn(day);
        if (stream != ProducerKind.BATTERIES) {
            return inForce ? Optional.empty()
                    : Optional.of(Refusal.of(RefusalCode.EPR_ID_MISSING, stream.stream()).withDetail(stream.name()));
        }
        Refusal refused = Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, destination);
        if (!inForce) {
            return Optional.of(refused);
        }
        return destination.equals(homeCountry) || producer.represented() ? Optional.empty()
                : Optional.of(refused.withDetail(NO_REPRESENTATIVE));
    }
}
