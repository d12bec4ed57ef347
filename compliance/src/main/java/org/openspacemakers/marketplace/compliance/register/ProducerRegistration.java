package org.openspacemakers.marketplace.compliance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.ProducerRegistrationView;
import org.openspacemakers.marketplace.compliance.RegisterProducer;

/**
 * One of the association's other registrations as a producer: a battery producer registration in
 * a country (through an authorised representative outside the home country), or a national
 * registration of an extended-producer-responsibility stream (a French IDU, Germany's LUCID number).
 * Made from a {@link RegisterProducer}, which checked it.
 */
@Entity
@Table(name = "producer_registrations")
public class ProducerRegistration {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProducerKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "registration_number", nullable = false, length = 100)
    private String registrationNumber;

    @Column(nullable = false, length = 200)
    private String holder;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** Outside the home country: the authorised representative holding a battery registration (Batteries Regulation art. 55). */
    @Column(name = "authorised_representative", length = 200)
    private String authorisedRepresentative;

    /** The reference of the representative's written mandate. */
    @Column(name = "mandate_reference", length = 200)
    private String mandateReference;

    protected ProducerRegistration() {
        // for JPA
    }

    public ProducerRegistration(RegisterProducer registered) {
        this.id = UUID.randomUUID();
        this.kind = registered.kind();
        this.country = registered.country();
        this.registrationNumber = registered.registrationNumber();
        this.holder = registered.holder();
        this.validUntil = registered.validUntil();
        this.authorisedRepresentative = registered.authorisedRepresentative();
        this.mandateReference = registered.mandateReference();
    }

    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    /** Whether an authorised representative holds it under a mandate: what batteries outside the home country need. */
    public boolean represented() {
        return authorisedRepresentative != null && mandateReference != null;
    }

    public ProducerKind kind() {
        return kind;
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public ProducerRegistrationView view() {
        return new ProducerRegistrationView(kind, country(), registrationNumber, holder, validUntil,
                Optional.ofNullable(authorisedRepresentative), Optional.ofNullable(mandateReference));
    }
}
