package org.openspacemakers.marketplace.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipping address a person keeps in their address book, with the fields of an order's shipping
 * address; an order copies it when placed, so changing or deleting it changes no order.
 */
@Entity
@Table(name = "addresses")
public class Address {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, length = AddressFields.MAX_NAME)
    private String name;

    @Column(nullable = false, length = AddressFields.MAX_LINE)
    private String line1;

    @Column(nullable = false, length = AddressFields.MAX_LINE)
    private String line2;

    @Column(name = "postal_code", nullable = false, length = AddressFields.MAX_POSTAL_CODE)
    private String postalCode;

    @Column(nullable = false, length = AddressFields.MAX_CITY)
    private String city;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Address() {
        // for JPA
    }

    Address(UUID userId, AddressFields fields, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = createdAt;
        change(fields);
    }

    void change(AddressFields fields) {
        this.name = fields.name();
        this.line1 = fields.line1();
        this.line2 = fields.line2();
        this.postalCode = fields.postalCode();
        this.city = fields.city();
        this.country = fields.country();
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The address's fields, as a form or an export shows them. */
    public AddressFields fields() {
        return new AddressFields(name, line1, line2, postalCode, city, country);
    }
}
