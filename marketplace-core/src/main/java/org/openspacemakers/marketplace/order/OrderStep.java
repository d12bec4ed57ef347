package org.openspacemakers.marketplace.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One step of an order's timeline: the status it moved to, when, who moved it (none: the store
 * itself) and why. A step whose status did not change records an event in it (a reservation that
 * expired, a payment received while on hold).
 */
@Embeddable
public class OrderStep {

    /** The longest note kept with a step. */
    public static final int MAX_NOTE_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrderStatus status;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private UUID actor;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    protected OrderStep() {
        // for JPA
    }

    OrderStep(OrderStatus status, Instant at, UUID actor, String event, String note) {
        this.status = status;
        this.at = at;
        this.actor = actor;
        this.event = event;
        String text = note == null ? "" : note.strip();
        this.note = text.length() > MAX_NOTE_LENGTH ? text.substring(0, MAX_NOTE_LENGTH) : text;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public Optional<UUID> actor() {
        return Optional.ofNullable(actor);
    }

    /** What happened, as a code the pages put in words: the status's own name for a move, else the event's. */
    public String event() {
        return event;
    }

    public String note() {
        return note;
    }
}
