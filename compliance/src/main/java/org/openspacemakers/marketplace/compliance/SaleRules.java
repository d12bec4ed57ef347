package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * The detail of a WEEE refusal where the association is registered but, outside its home
     * country, without the authorised representative the country requires (WEEE art. 17).
     */
    static final String NO_REPRESENTATIVE = "NO_REPRESENTATIVE";

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
     * representative outside the home country, batteries, French IDUs).
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
        WeeeRegistration registration = register.get(destination.value());
        if (registration == null || !registration.coversOn(day)) {
            reasons.add(Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, destination));
        } else if (!destination.equals(homeCountry) && !registration.represented()) {
            reasons.add(Refusal.inCountry(RefusalCode.WEEE_NOT_REGISTERED, destination).withDetail(NO_REPRESENTATIVE));
        }
        for (ProducerKind stream : ProducerKind.neededFor(destination, dossier.batteryOnBoard())) {
            ProducerRegistration producer = producerRegister.get(key(stream, destination));
            if (producer == null || !producer.coversOn(day)) {
                reasons.add(stream == ProducerKind.BATTERIES
                        ? Refusal.inCountry(RefusalCode.BATTERY_NOT_REGISTERED, destination)
                        : Refusal.of(RefusalCode.EPR_ID_MISSING, stream == ProducerKind.EPR_IDU_EEE ? "DEEE" : "batteries")
                                .withDetail(stream.name()));
            }
        }
        return reasons;
    }
}
