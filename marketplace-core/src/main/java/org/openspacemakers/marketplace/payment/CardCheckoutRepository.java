package org.openspacemakers.marketplace.payment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CardCheckoutRepository extends JpaRepository<CardCheckout, String> {

    /** The order's sessions, newest first. */
    List<CardCheckout> findByOrderIdOrderByAttemptDesc(UUID orderId);
}
