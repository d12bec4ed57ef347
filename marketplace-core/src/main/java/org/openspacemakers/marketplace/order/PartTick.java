package org.openspacemakers.marketplace.order;

/**
 * What the team found for one part on the checklist: the order line and the part's place among its
 * supplied parts ({@link PartToSupply#lineNo()}, {@link PartToSupply#itemNo()}), received, missing
 * or wrong, the MPN on the part received (optional; for a wrong part, what came instead) and a note.
 */
public record PartTick(int lineNo, int itemNo, PartCheck.Status status, String receivedMpn, String note) {

    public PartTick {
        receivedMpn = receivedMpn == null ? "" : receivedMpn.strip();
        note = note == null ? "" : note.strip();
    }
}
