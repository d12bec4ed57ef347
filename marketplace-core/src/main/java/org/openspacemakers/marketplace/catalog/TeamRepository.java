package org.openspacemakers.marketplace.catalog;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<Team, UUID> {

    Optional<Team> findBySlug(String slug);

    @Query("select count(t) > 0 from Team t join t.members m where t.id in :teams and m = :user")
    boolean anyHasMember(@Param("teams") Collection<UUID> teams, @Param("user") UUID user);
}
