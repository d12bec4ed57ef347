package org.openspacemakers.marketplace.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openspacemakers.marketplace.compliance.dossier.Dossier;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistrationRepository;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistrationRepository;
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

    ApprovalValidity(WeeeRegistrationRepository weee, ProducerRegistrationRepository producers) {
        this.weee = weee;
        this.producers = producers;
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

    /** Whether the association is registered as a producer of batteries in the country on that day. */
    boolean batteriesRegistered(CountryCode country, LocalDate today) {
        return producers.findByKindAndCountry(ProducerKind.BATTERIES, country.value()).filter(r -> r.coversOn(today))
                .isPresent();
    }
}
