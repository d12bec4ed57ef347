package org.openspacemakers.marketplace.books;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One paid order's figures ({@link Figures}), and its boards' (the shares, units and card fees of
 * its lines: revenue, VAT, shipping and refunds are the order's alone).
 *
 * @param paidWith {@code BANK_TRANSFER} or {@code CARD}
 */
public record OrderFigures(UUID orderId, String reference, Instant paidAt, String paidWith, boolean refundedInFull,
        Figures figures, List<BoardFigures> boards) {
}
