package org.openspacemakers.marketplace.order;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The team ticked an assembly-only buyer's parts and found some missing or wrong: published in the
 * transaction that records it, for the mail telling the buyer what to send (in the order's language).
 * The order stays AWAITING_PARTS.
 *
 * @param reference the order's short reference, to write on the parcel with the missing parts
 * @param actor the team member who ticked the parts
 */
public record PartsProblemFound(UUID orderId, UUID buyerId, Locale language, String reference, List<Problem> problems,
        Instant at, UUID actor) {

    public PartsProblemFound {
        problems = List.copyOf(problems);
    }

    /**
     * One part the team could not accept: the BOM references it goes to, the MPN the buyer was to
     * send, what was wrong, the MPN received instead (a wrong part; else empty) and the team's note.
     */
    public record Problem(int lineNo, String references, String expectedMpn, PartCheck.Status status, String receivedMpn,
            String note) {

        public Problem {
            Objects.requireNonNull(status, "status");
            if (status == PartCheck.Status.RECEIVED) {
                throw new IllegalArgumentException("a part received is no problem");
            }
            receivedMpn = receivedMpn == null ? "" : receivedMpn;
            note = note == null ? "" : note;
        }

        /** As the order's timeline keeps it: {@code R1 R2 RC0603FR-0710KL: MISSING (note)}. */
        public String summary() {
            return references + " " + expectedMpn + ": " + status
                    + (receivedMpn.isEmpty() ? "" : " " + receivedMpn) + (note.isBlank() ? "" : " (" + note.strip() + ")");
        }
    }
}
