package org.openspacemakers.marketplace.compliance.register;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The WEEE register, one registration per country. For the compliance facade only. */
public interface WeeeRegistrationRepository extends JpaRepository<WeeeRegistration, UUID> {

    Optional<WeeeRegistration> findByCountry(String country);
}
