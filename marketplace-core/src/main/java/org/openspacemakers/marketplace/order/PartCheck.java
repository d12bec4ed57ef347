package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The team's latest tick of one part an assembly-only buyer supplied ({@link PartToSupply}): received,
 * missing, or wrong (another MPN than those accepted), with who ticked it, when, and a note. Each
 * problem is also kept in the order's timeline, so a part ticked again later loses no history.
 */
@Entity
@Table(name = "order_part_checks")
public class PartCheck {

    /** What the team found for a part. */
    public enum Status {
        /** In the parcel, an MPN the team accepts, in the quantity needed. */
        RECEIVED,
        /** Not in the parcel (or not enough of it). */
        MISSING,
        /** Received, but not a part the approved BOM accepts there. */
        WRONG
    }

    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_MPN_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "item_no", nullable = false, updatable = false)
    private int itemNo;

    @Column(name = "part_references", nullable = false, length = 1000)
    private String references;

    @Column(name = "expected_mpn", nullable = false, length = 200)
    private String expectedMpn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "received_mpn", nullable = false, length = MAX_MPN_LENGTH)
    private String receivedMpn;

    @Column(nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "checked_by", nullable = false)
    private UUID checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Version
    private Long version;

    protected PartCheck() {
        // for JPA
    }

    PartCheck(UUID orderId, PartToSupply part) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.lineNo = part.lineNo();
        this.itemNo = part.itemNo();
        String references = part.referenceText();
        this.references = references.length() > 1000 ? references.substring(0, 1000) : references;
        this.expectedMpn = part.mpn().length() > 200 ? part.mpn().substring(0, 200) : part.mpn();
    }

    /** Records what the team found now, replacing the previous tick. */
    void tick(Status status, String receivedMpn, String note, UUID by, Instant at) {
        this.status = status;
        this.receivedMpn = receivedMpn == null ? "" : receivedMpn.strip();
        this.note = note == null ? "" : note.strip();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** Whether this tick says what the part's last one said. */
    boolean sameAs(PartTick tick) {
        return status == tick.status() && receivedMpn.equals(tick.receivedMpn()) && note.equals(tick.note());
    }

    public int lineNo() {
        return lineNo;
    }

    public int itemNo() {
        return itemNo;
    }

    public String references() {
        return references;
    }

    public String expectedMpn() {
        return expectedMpn;
    }

    public Status status() {
        return status;
    }

    /** The MPN found instead, for a wrong part. */
    public Optional<String> receivedMpn() {
        return receivedMpn.isEmpty() ? Optional.empty() : Optional.of(receivedMpn);
    }

    public String note() {
        return note;
    }

    public UUID checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
