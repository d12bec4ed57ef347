package org.openspacemakers.marketplace.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * A Stripe Checkout Session opened for an order: where the buyer pays by card, and how it ended.
 * The order's id is its {@code client_reference_id}; its amount is the order's total when opened.
 */
@Entity
@Table(name = "card_checkouts")
public class CardCheckout {

    @Id
    @Column(name = "session_id", length = 255)
    private String sessionId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(nullable = false, updatable = false, length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CheckoutStatus status;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Version
    private long version;

    protected CardCheckout() {
    }

    CardCheckout(String sessionId, UUID orderId, int attempt, String url, Money amount, Instant createdAt,
            Instant expiresAt) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.attempt = attempt;
        this.url = Objects.requireNonNull(url, "url");
        this.amountMinor = amount.amountMinor();
        this.currency = amount.currency().getCurrencyCode();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = CheckoutStatus.OPEN;
    }

    /** The buyer finished the session (paid, or a delayed payment on its way). Returns whether it was open. */
    boolean complete() {
        return end(CheckoutStatus.COMPLETE);
    }

    /** The session ran out unpaid. Returns whether it was open. */
    boolean expire() {
        return end(CheckoutStatus.EXPIRED);
    }

    /** The session's delayed payment failed. Returns whether it ended now (open, or completed awaiting that payment). */
    boolean fail() {
        if (status == CheckoutStatus.COMPLETE) {
            status = CheckoutStatus.FAILED;
            return true;
        }
        return end(CheckoutStatus.FAILED);
    }

    private boolean end(CheckoutStatus next) {
        if (status != CheckoutStatus.OPEN) {
            return false;
        }
        status = next;
        return true;
    }

    /** Whether the buyer can still pay on it at this instant (a minute's margin before Stripe ends it). */
    public boolean payableAt(Instant at) {
        return status == CheckoutStatus.OPEN && at.plusSeconds(60).isBefore(expiresAt);
    }

    public String sessionId() {
        return sessionId;
    }

    public UUID orderId() {
        return orderId;
    }

    public int attempt() {
        return attempt;
    }

    public String url() {
        return url;
    }

    public CheckoutStatus status() {
        return status;
    }

    public Money amount() {
        return new Money(amountMinor, java.util.Currency.getInstance(currency));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
