package org.openspacemakers.marketplace.compliance.register;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The association's battery registrations and French IDUs. For the compliance facade only. */
public interface ProducerRegistrationRepository extends JpaRepository<ProducerRegistration, UUID> {

    Optional<ProducerRegistration> findByKindAndCountry(ProducerRegistration.Kind kind, String country);

    List<ProducerRegistration> findAllByOrderByKindAscCountryAsc();
}
