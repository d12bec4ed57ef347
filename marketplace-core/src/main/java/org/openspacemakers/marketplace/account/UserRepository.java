package org.openspacemakers.marketplace.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    /** People whose e-mail or name contains the words (a LIKE pattern, escaped with '!'), by e-mail. */
    @Query("select u from User u where lower(u.email) like :pattern escape '!' or lower(u.displayName) like :pattern escape '!'"
            + " order by u.email")
    List<User> search(@org.springframework.data.repository.query.Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);

    @Query("select count(u) > 0 from User u where u.id = :id and u.disabledAt is not null")
    boolean isDisabled(@org.springframework.data.repository.query.Param("id") java.util.UUID id);

    @Query("select count(u) from User u join u.roles r where r = :role")
    long countWithRole(@org.springframework.data.repository.query.Param("role") Role role);

    @Query("select u from User u join u.roles r where r = :role order by u.email")
    List<User> findWithRole(@Param("role") Role role);

    @Query("select count(u) > 0 from User u join u.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);
}
