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

/**
 * The sale-eligibility gate as a pure function of what it reads: the revision's review, its
 * dossier, the registers and the request. {@link Compliance} loads them (a constant number of
 * queries for any number of requests) and asks here.
 */
final class SaleGate {

    private SaleGate() {
    }

    /**
     * The register keys of {@code producerRegister}: a registration's kind and country, as
     * {@code "BATTERIES DE"}.
     */
    static String key(ProducerRegistration.Kind kind, CountryCode country) {
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
            reasons.add(Refusal.of(RefusalCode.OUTSIDE_EU, destination));
            return reasons;
        }
        WeeeRegistration registration = register.get(destination.value());
        if (registration == null || !registration.coversOn(day)) {
            reasons.add(Refusal.of(RefusalCode.WEEE_NOT_REGISTERED, destination));
        } else if (!destination.equals(homeCountry)
                && (registration.authorisedRepresentative().isEmpty() || registration.mandateReference().isEmpty())) {
            reasons.add(Refusal.of(RefusalCode.WEEE_NOT_REGISTERED, destination + " (no authorised representative)"));
        }
        for (ProducerRegistration.Kind stream : producerStreams(dossier, destination)) {
            ProducerRegistration producer = producerRegister.get(key(stream, destination));
            if (producer == null || !producer.coversOn(day)) {
                reasons.add(stream == ProducerRegistration.Kind.BATTERIES
                        ? Refusal.of(RefusalCode.BATTERY_NOT_REGISTERED, destination)
                        : Refusal.of(RefusalCode.EPR_ID_MISSING, stream == ProducerRegistration.Kind.EPR_IDU_EEE
                                ? "DEEE" : "batteries"));
            }
        }
        return reasons;
    }

    /** The producer registrations a sale of this dossier's board needs in the country: batteries, French IDUs. */
    static List<ProducerRegistration.Kind> producerStreams(Dossier dossier, CountryCode country) {
        List<ProducerRegistration.Kind> streams = new ArrayList<>();
        if (dossier.batteryOnBoard()) {
            streams.add(ProducerRegistration.Kind.BATTERIES);
        }
        if (country.value().equals("FR")) {
            streams.add(ProducerRegistration.Kind.EPR_IDU_EEE);
            if (dossier.batteryOnBoard()) {
                streams.add(ProducerRegistration.Kind.EPR_IDU_BATTERIES);
            }
        }
        return streams;
    }

}
