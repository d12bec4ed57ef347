package org.openspacemakers.marketplace.catalog;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardRepository extends JpaRepository<Board, UUID> {

    Optional<Board> findBySlug(String slug);

    java.util.List<Board> findByTeamIdOrderByName(UUID teamId);
}
