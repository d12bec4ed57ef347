package org.openspacemakers.marketplace.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, UUID> {

    List<Offer> findByRevisionIdIn(Collection<UUID> revisionIds);
}
