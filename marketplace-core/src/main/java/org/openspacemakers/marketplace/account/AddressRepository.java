package org.openspacemakers.marketplace.account;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AddressRepository extends JpaRepository<Address, UUID> {

    List<Address> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

    long countByUserId(UUID userId);

    @Modifying
    @Query("delete from Address a where a.userId = :user")
    int deleteAllOf(UUID user);
}
