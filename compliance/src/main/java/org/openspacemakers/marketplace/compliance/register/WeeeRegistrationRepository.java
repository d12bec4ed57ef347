package org.openspacemakers.marketplace.compliance.register;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The WEEE register, one registration per country. Used by the register and the gate, inside compliance only. */
public interface WeeeRegistrationRepository extends JpaRepository<WeeeRegistration, UUID> {

    Optional<WeeeRegistration> findByCountry(String country);
}
