package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

    /**
     * Notes a use without the entity's version: requests using one token at the same time each
     * write their time (the last one wins), and none fails as if the token had changed under it.
     */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :at where t.id = :id")
    void noteUse(UUID id, Instant at);
}
