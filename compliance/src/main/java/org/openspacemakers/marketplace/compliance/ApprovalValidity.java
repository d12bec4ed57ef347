package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistrationRepository;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
import org.openspacemakers.marketplace.refusal.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an approval stands in a country: until the earliest expiry of what is in scope there,
 * the dossier's exemptions and standards and the registrations a sale there needs. Asked when a
 * reviewer approves and again whenever the register changes.
 */
@Component
class ApprovalValidity {

    private final WeeeRegistrationRepository weee;
    private final ProducerRegistrationRepository producers;
    private final CountryCode homeCountry;

    ApprovalValidity(WeeeRegistrationRepository weee, ProducerRegistrationRepository producers,
            @Value("${marketplace.compliance.home-country:FR}") String homeCountry) {
        this.weee = weee;
        this.producers = producers;
        this.homeCountry = CountryCode.of(homeCountry);
    }

    /** The day an approval of this dossier lapses in the country; empty when nothing in scope there expires. */
    Optional<LocalDate> lapseDay(Dossier dossier, CountryCode country, LocalDate today) {
        List<LocalDate> ends = new ArrayList<>();
        dossier.earliestExpiry().ifPresent(ends::add);
        weee.findByCountry(country.value()).filter(r -> r.coversOn(today)).ifPresent(r -> ends.add(r.validUntil()));
        for (ProducerKind kind : ProducerKind.neededFor(country, dossier.batteryOnBoard())) {
            producers.findByKindAndCountry(kind, country.value()).filter(r -> r.coversOn(today))
                    .ifPresent(r -> ends.add(r.validUntil()));
        }
        return ends.stream().min(LocalDate::compareTo);
    }

    /**
     * What the register refuses of an approval for a board carrying a cell in the country on that
     * day, as the gate would refuse its sale: no battery registration in force there, or outside
     * the home country one not held by an authorised representative (Batteries Regulation art. 55).
     */
    Optional<Refusal> batteryRefusal(CountryCode country, LocalDate today) {
        return SaleRules.producerRefusal(ProducerKind.BATTERIES,
                producers.findByKindAndCountry(ProducerKind.BATTERIES, country.value()).orElse(null), country, homeCountry,
                today);
    }
}
