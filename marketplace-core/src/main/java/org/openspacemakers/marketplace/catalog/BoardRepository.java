package org.openspacemakers.marketplace.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardRepository extends JpaRepository<Board, UUID> {

    Optional<Board> findBySlug(String slug);

    /** Listed boards (a revision submitted for review), by slug, after the cursor, matching the query. */
    @Query("""
            select b from Board b
            where b.slug > :after
              and (:query is null or lower(b.name) like :query or lower(b.summary) like :query)
              and exists (select r from Revision r where r.boardId = b.id
                          and r.reviewStatus <> org.openspacemakers.marketplace.compliance.ReviewStatus.DRAFT)
            order by b.slug""")
    List<Board> findListed(@Param("after") String after, @Param("query") String query, Limit limit);
}
