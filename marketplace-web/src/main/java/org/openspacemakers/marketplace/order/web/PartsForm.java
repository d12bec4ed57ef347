package org.openspacemakers.marketplace.order.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.PartTick;

/**
 * The parts checklist as the team ticks it: one row per part the buyer supplied; a row left
 * without a status is not ticked this time.
 */
class PartsForm {

    @Valid
    private List<Row> parts = new ArrayList<>();

    /** One part: which (line and place among its parts), what the team found, the MPN on it and a note. */
    public static class Row {

        @NotNull
        private Integer lineNo;
        @NotNull
        private Integer itemNo;
        private PartCheck.Status status;
        @Size(max = PartCheck.MAX_MPN_LENGTH)
        private String receivedMpn;
        @Size(max = PartCheck.MAX_NOTE_LENGTH)
        private String note;

        public Integer getLineNo() {
            return lineNo;
        }

        public void setLineNo(Integer lineNo) {
            this.lineNo = lineNo;
        }

        public Integer getItemNo() {
            return itemNo;
        }

        public void setItemNo(Integer itemNo) {
            this.itemNo = itemNo;
        }

        public PartCheck.Status getStatus() {
            return status;
        }

        public void setStatus(PartCheck.Status status) {
            this.status = status;
        }

        public String getReceivedMpn() {
            return receivedMpn;
        }

        public void setReceivedMpn(String receivedMpn) {
            this.receivedMpn = receivedMpn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The rows ticked now; each keeps its index in the form, so that a refusal names the row's fields. */
    List<Ticked> ticked() {
        List<Ticked> ticked = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Row row = parts.get(i);
            if (row != null && row.status != null && row.lineNo != null && row.itemNo != null) {
                ticked.add(new Ticked(i, new PartTick(row.lineNo, row.itemNo, row.status, row.receivedMpn, row.note)));
            }
        }
        return ticked;
    }

    /** A tick and the index of its row in the form. */
    record Ticked(int row, PartTick tick) {
    }

    public List<Row> getParts() {
        return parts;
    }

    public void setParts(List<Row> parts) {
        this.parts = parts;
    }
}
