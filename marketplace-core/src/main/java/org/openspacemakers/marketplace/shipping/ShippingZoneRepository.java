package org.openspacemakers.marketplace.shipping;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShippingZoneRepository extends JpaRepository<ShippingZone, UUID> {

    Optional<ShippingZone> findByCode(String code);

    List<ShippingZone> findAllByOrderByCode();

    @Query("select z from ShippingZone z join z.countries c where c = :country")
    Optional<ShippingZone> covering(@Param("country") String country);
}
