package org.openspacemakers.marketplace.compliance.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByRevisionId(UUID revisionId);

    List<Dossier> findByRevisionIdIn(Collection<UUID> revisionIds);
}
