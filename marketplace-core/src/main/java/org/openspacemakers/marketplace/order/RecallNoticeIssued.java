package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A recall notice to the buyer of one order with units of a revoked revision, published in the
 * revocation's transaction: the mail outbox writes it to the buyer in the order's language, with
 * what to do ({@link Recall.Action}) and the serial numbers concerned. Told once per recall and order.
 *
 * @param reference the order's short reference
 * @param reason the reviewer's reason for the revocation
 */
public record RecallNoticeIssued(UUID recallId, UUID orderId, UUID buyerId, Locale language, String reference,
        String boardName, String revisionLabel, Recall.Action action, List<String> serials, String reason, Instant at) {

    public RecallNoticeIssued {
        serials = List.copyOf(serials);
    }
}
