package org.openspacemakers.marketplace.invoice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditNoteRepository extends JpaRepository<CreditNote, UUID> {

    List<CreditNote> findByOrderIdOrderByIssueYearAscSequenceAsc(UUID orderId);

    Optional<CreditNote> findByOrderIdAndNumber(UUID orderId, String number);
}
