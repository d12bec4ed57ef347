package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<Team, UUID> {

    Optional<Team> findBySlug(String slug);

    /** Takes the team's row lock: orders for one team book its capacity one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.id = :id")
    Optional<Team> lockById(@Param("id") UUID id);

    @Query("select t from Team t join t.members m where m = :user order by t.name")
    java.util.List<Team> findByMember(@Param("user") UUID user);

    @Query("select count(t) > 0 from Team t join t.members m where t.id in :teams and m = :user")
    boolean anyHasMember(@Param("teams") Collection<UUID> teams, @Param("user") UUID user);
}
