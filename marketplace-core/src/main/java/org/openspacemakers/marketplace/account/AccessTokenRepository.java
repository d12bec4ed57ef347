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
     * Notes a use unless one was noted since {@code since}, without the entity's version: requests
     * using one token at the same time all pass, none fails as if the token had changed under it,
     * and a client calling many times a minute does not write on every call.
     */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    void noteUse(UUID id, Instant at, Instant since);

    /** Revokes every working token of the person at once (their account was disabled). */
    @Modifying
    @Query("update AccessToken t set t.revokedAt = :at where t.userId = :user and t.revokedAt is null")
    int revokeAllOf(UUID user, Instant at);

    /** Deletes every token of the person, working or not (their account is being erased). */
    @Modifying
    @Query("delete from AccessToken t where t.userId = :user")
    int deleteAllOf(UUID user);
}
