package org.openspacemakers.marketplace.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The recall of a revision whose approval was revoked, opened in the revocation's transaction: every
 * unit ever assembled of it, as it stood then (shipped, or held back at the workshop and blocked),
 * and a notice to the buyer of each order with such units, in the order's language, saying what to
 * do. Traceability records: kept at least ten years (docs/orders.md), never deleted by the store.
 */
@Entity
@Table(name = "recalls")
public class Recall extends AbstractAggregateRoot<Recall> {

    @Id
    private UUID id;

    @Column(name = "revision_id", nullable = false, unique = true, updatable = false)
    private UUID revisionId;

    @Column(name = "board_slug", nullable = false, updatable = false, length = 80)
    private String boardSlug;

    @Column(name = "board_name", nullable = false, updatable = false, length = 200)
    private String boardName;

    @Column(name = "revision_label", nullable = false, updatable = false, length = 40)
    private String revisionLabel;

    @Column(name = "bom_hash", nullable = false, updatable = false, length = 64)
    private String bomHash;

    /** The reviewer's reason for the revocation, as the decision log keeps it. */
    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** The reviewer who revoked the approval, if a person did. */
    @Column(name = "opened_by", updatable = false)
    private UUID openedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "recall_units", joinColumns = @JoinColumn(name = "recall_id"))
    @OrderColumn(name = "position")
    private List<RecalledUnit> units = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "recall_notices", joinColumns = @JoinColumn(name = "recall_id"))
    @OrderColumn(name = "position")
    private List<Notice> notices = new ArrayList<>();

    @Version
    private Long version;

    protected Recall() {
        // for JPA
    }

    Recall(UUID revisionId, String boardSlug, String boardName, String revisionLabel, String bomHash, String reason,
            Instant openedAt, UUID openedBy) {
        this.id = UUID.randomUUID();
        this.revisionId = revisionId;
        this.boardSlug = boardSlug;
        this.boardName = boardName;
        this.revisionLabel = revisionLabel;
        this.bomHash = bomHash == null ? "" : bomHash;
        String text = reason == null ? "" : reason.strip();
        this.reason = text.length() > 2000 ? text.substring(0, 2000) : text;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Lists a unit of the revision, with its last test (and blocks it when it has not shipped). */
    void cover(AssembledUnit unit, LastTest lastTest) {
        unit.recall(id);
        units.add(new RecalledUnit(unit, lastTest));
    }

    /** A unit's last functional test, as the recall found it. */
    record LastTest(UnitTest.Result result, String firmwareVersion) {
    }

    /** Tells the buyer of an order what to do with its units of the revision: they are published a notice. */
    void notify(Order order, List<AssembledUnit> ofOrder) {
        boolean shipped = ofOrder.stream().anyMatch(unit -> unit.shippedAt().isPresent());
        // Shipped: the boards the buyer holds; else every unit, held at the workshop.
        List<String> serials = ofOrder.stream().filter(unit -> !shipped || unit.shippedAt().isPresent())
                .map(AssembledUnit::serial).toList();
        Notice notice = new Notice(order, shipped ? Action.STOP_AND_RETURN : Action.NOT_SHIPPED, serials);
        notices.add(notice);
        registerEvent(new RecallNoticeIssued(id, order.id(), order.buyerId(), order.language(), order.paymentReference(),
                boardName, revisionLabel, notice.action, serials, reason, openedAt));
    }

    /** What a buyer is asked to do. */
    public enum Action {
        /** Boards were delivered: stop using them, unplug them, and send them back for a refund or a replacement. */
        STOP_AND_RETURN,
        /** No board left the workshop: none will; the order is on hold and the administrator refunds it. */
        NOT_SHIPPED
    }

    /** A unit as the recall found it. */
    @Embeddable
    public static class RecalledUnit {

        @Column(name = "unit_id", nullable = false)
        private UUID unitId;

        @Column(nullable = false, length = 80)
        private String serial;

        @Column(name = "order_id", nullable = false)
        private UUID orderId;

        @Column(name = "firmware_version", nullable = false, length = UnitTest.MAX_FIRMWARE_LENGTH)
        private String firmwareVersion;

        @Column(nullable = false)
        private boolean passing;

        @Column(name = "shipped_at")
        private Instant shippedAt;

        @Column(nullable = false)
        private boolean blocked;

        protected RecalledUnit() {
            // for JPA
        }

        RecalledUnit(AssembledUnit unit, LastTest lastTest) {
            this.unitId = unit.id();
            this.serial = unit.serial();
            this.orderId = unit.orderId();
            this.firmwareVersion = lastTest == null ? "" : lastTest.firmwareVersion();
            this.passing = lastTest != null && lastTest.result() == UnitTest.Result.PASSED;
            this.shippedAt = unit.shippedAt().orElse(null);
            this.blocked = unit.blocked();
        }

        public UUID unitId() {
            return unitId;
        }

        public String serial() {
            return serial;
        }

        public UUID orderId() {
            return orderId;
        }

        public String firmwareVersion() {
            return firmwareVersion;
        }

        /** Whether its last functional test had passed. */
        public boolean passing() {
            return passing;
        }

        public Optional<Instant> shippedAt() {
            return Optional.ofNullable(shippedAt);
        }

        /** Held back at the workshop: it will never ship. */
        public boolean blocked() {
            return blocked;
        }
    }

    /** The notice to the buyer of one order: in the order's language, with what to do and the serials concerned. */
    @Embeddable
    public static class Notice {

        @Column(name = "order_id", nullable = false)
        private UUID orderId;

        @Column(name = "buyer_id", nullable = false)
        private UUID buyerId;

        @Column(nullable = false, length = 8)
        private String language;

        @Column(name = "order_reference", nullable = false, length = 12)
        private String orderReference;

        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        @Column(nullable = false, length = 32)
        private Action action;

        @Column(nullable = false, columnDefinition = "TEXT")
        private String serials;

        protected Notice() {
            // for JPA
        }

        Notice(Order order, Action action, List<String> serials) {
            this.orderId = order.id();
            this.buyerId = order.buyerId();
            this.language = order.language().getLanguage();
            this.orderReference = order.paymentReference();
            this.action = action;
            this.serials = String.join(" ", serials);
        }

        public UUID orderId() {
            return orderId;
        }

        public UUID buyerId() {
            return buyerId;
        }

        public Locale language() {
            return Locale.forLanguageTag(language);
        }

        public String orderReference() {
            return orderReference;
        }

        public Action action() {
            return action;
        }

        public List<String> serials() {
            return serials.isEmpty() ? List.of() : Arrays.asList(serials.split(" "));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID revisionId() {
        return revisionId;
    }

    public String boardSlug() {
        return boardSlug;
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

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<UUID> openedBy() {
        return Optional.ofNullable(openedBy);
    }

    /** Every unit of the revision, by serial number. */
    public List<RecalledUnit> units() {
        return List.copyOf(units);
    }

    /** One notice per order with units of the revision, to its buyer. */
    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    /** The notice to this order's buyer, if the order had units of the revision. */
    public Optional<Notice> noticeFor(UUID orderId) {
        return notices.stream().filter(notice -> notice.orderId.equals(orderId)).findFirst();
    }
}
