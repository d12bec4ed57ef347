package org.openspacemakers.marketplace.compliance.register;

import java.util.List;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The association's battery registrations and French IDUs. Used by the register and the gate, inside compliance only. */
public interface ProducerRegistrationRepository extends JpaRepository<ProducerRegistration, UUID> {

    Optional<ProducerRegistration> findByKindAndCountry(ProducerKind kind, String country);

    List<ProducerRegistration> findAllByOrderByKindAscCountryAsc();
}
