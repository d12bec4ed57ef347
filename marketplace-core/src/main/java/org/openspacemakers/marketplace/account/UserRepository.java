package org.openspacemakers.marketplace.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    @Query("select count(u) > 0 from User u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    /** Counts one more failure in a row, starting again from one after a quiet period. */
    @Modifying
    @Query("""
            update User u set
              u.failedSignIns = case when u.lastFailedSignInAt is null or u.lastFailedSignInAt < :quietSince
                                     then 1 else u.failedSignIns + 1 end,
              u.lastFailedSignInAt = :now
            where u.email = :email""")
    int recordFailedSignIn(@Param("email") String email, @Param("now") Instant now,
            @Param("quietSince") Instant quietSince);

    @Modifying
    @Query("update User u set u.failedSignIns = 0, u.lastFailedSignInAt = null where u.email = :email and u.failedSignIns > 0")
    int clearFailedSignIns(@Param("email") String email);

    @Query("""
            select count(u) > 0 from User u
            where u.email = :email and u.failedSignIns >= :limit and u.lastFailedSignInAt >= :quietSince""")
    boolean isThrottled(@Param("email") String email, @Param("limit") int limit, @Param("quietSince") Instant quietSince);
}
