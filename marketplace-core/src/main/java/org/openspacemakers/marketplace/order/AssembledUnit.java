package org.openspacemakers.marketplace.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One board a team assembled for an order line: its serial number, the revision and the BOM hash it
 * was built to, who assembled it and when, every functional test it went through, and whether it
 * shipped. Traceability records: kept at least ten years (docs/orders.md), never deleted by the
 * store; a recall of its revision blocks it if it has not shipped.
 */
@Entity
@Table(name = "order_units")
public class AssembledUnit {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false, length = 80)
    private String serial;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "revision_id", nullable = false, updatable = false)
    private UUID revisionId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "board_name", nullable = false, updatable = false, length = 200)
    private String boardName;

    @Column(name = "revision_label", nullable = false, updatable = false, length = 40)
    private String revisionLabel;

    /** The revision's BOM hash (SHA-256), the one its declaration of conformity names; empty if it had none. */
    @Column(name = "bom_hash", nullable = false, updatable = false, length = 64)
    private String bomHash;

    @Column(name = "assembled_by", nullable = false, updatable = false)
    private UUID assembledBy;

    @Column(name = "assembled_at", nullable = false, updatable = false)
    private Instant assembledAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "recall_id")
    private UUID recallId;

    @Column(nullable = false)
    private boolean blocked;

    /** The minutes the team spent assembling the unit (reworks added), once it entered any. */
    @Column(name = "assembly_minutes")
    private Integer assemblyMinutes;

    /** The minutes the team spent testing the unit (every test added), once it entered any. */
    @Column(name = "test_minutes")
    private Integer testMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_unit_tests", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<UnitTest> tests = new ArrayList<>();

    @Version
    private Long version;

    protected AssembledUnit() {
        // for JPA
    }

    AssembledUnit(String serial, UUID orderId, int lineNo, OrderLine line, String bomHash, UUID assembledBy,
            Instant assembledAt, UnitTestEntry firstTest) {
        this.id = UUID.randomUUID();
        this.serial = serial;
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.revisionId = line.revisionId();
        this.teamId = line.teamId();
        this.boardName = line.boardName();
        this.revisionLabel = line.revisionLabel();
        this.bomHash = bomHash == null ? "" : bomHash;
        this.assembledBy = assembledBy;
        this.assembledAt = assembledAt;
        this.tests.add(new UnitTest(firstTest, assembledBy, assembledAt));
        addMinutes(firstTest);
    }

    /** The minutes an entry gives are added to the unit's: a rework and a new test cost time again. */
    private void addMinutes(UnitTestEntry entry) {
        if (entry.assemblyMinutes() != null) {
            assemblyMinutes = (assemblyMinutes == null ? 0 : assemblyMinutes) + entry.assemblyMinutes();
        }
        if (entry.testMinutes() != null) {
            testMinutes = (testMinutes == null ? 0 : testMinutes) + entry.testMinutes();
        }
    }

    /** Tested again (after a rework, or a new firmware): the new result counts. */
    void test(UnitTestEntry entry, UUID by, Instant at) {
        if (shippedAt != null || blocked) {
            throw new UnitRefused("conflict.unit.closed", serial);
        }
        tests.add(new UnitTest(entry, by, at));
        addMinutes(entry);
    }

    /** Left with the order's shipment. */
    void ship(Instant at) {
        if (blocked) {
            throw new UnitRefused("conflict.unit.recalled", serial);
        }
        shippedAt = at;
    }

    /** Its revision is recalled: listed in the recall, and never shipped if it has not been already. */
    void recall(UUID recall) {
        this.recallId = recall;
        this.blocked = shippedAt == null;
    }

    public UUID id() {
        return id;
    }

    /** The serial number written on the board: {@code <BOARD>-<REVISION>-<NNNNN>} (see {@link SerialNumbers}). */
    public String serial() {
        return serial;
    }

    public UUID orderId() {
        return orderId;
    }

    public int lineNo() {
        return lineNo;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public UUID teamId() {
        return teamId;
    }

    public String boardName() {
        return boardName;
    }

    public String revisionLabel() {
        return revisionLabel;
    }

    public String bomHash() {
        return bomHash;
    }

    public UUID assembledBy() {
        return assembledBy;
    }

    public Instant assembledAt() {
        return assembledAt;
    }

    /** Every test, oldest first. */
    public List<UnitTest> tests() {
        return List.copyOf(tests);
    }

    /** The test that counts: the last. */
    public UnitTest lastTest() {
        return tests.get(tests.size() - 1);
    }

    /** Whether its last test passed. */
    public boolean passing() {
        return lastTest().passed();
    }

    /** The firmware it was last tested with. */
    public String firmwareVersion() {
        return lastTest().firmwareVersion();
    }

    public Optional<Instant> shippedAt() {
        return Optional.ofNullable(shippedAt);
    }

    /** The recall of its revision, if there is one. */
    public Optional<UUID> recallId() {
        return Optional.ofNullable(recallId);
    }

    /** The minutes spent assembling it, reworks included, when the team entered them. */
    public Optional<Integer> assemblyMinutes() {
        return Optional.ofNullable(assemblyMinutes);
    }

    /** The minutes spent testing it, every test included, when the team entered them. */
    public Optional<Integer> testMinutes() {
        return Optional.ofNullable(testMinutes);
    }

    /** Held back by a recall: it will not ship. */
    public boolean blocked() {
        return blocked;
    }
}
