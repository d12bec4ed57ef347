package org.openspacemakers.marketplace.compliance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * The association's WEEE producer registration in one country, held by the association itself or
 * by its authorised representative there.
 */
@Entity
@Table(name = "weee_registrations")
public class WeeeRegistration {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 2)
    private String country;

    @Column(name = "registration_number", nullable = false)
    private String registrationNumber;

    @Column(nullable = false)
    private String holder;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** Where the association has no establishment: its authorised representative there (WEEE art. 17). */
    @Column(name = "authorised_representative", length = 200)
    private String authorisedRepresentative;

    /** The reference of the representative's written mandate. */
    @Column(name = "mandate_reference", length = 200)
    private String mandateReference;

    @Column(name = "compliance_scheme", length = 200)
    private String complianceScheme;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected WeeeRegistration() {
        // for JPA
    }

    public WeeeRegistration(CountryCode country, String registrationNumber, String holder, LocalDate validUntil) {
        if (!country.isEu()) {
            throw new IllegalArgumentException("WEEE registrations exist in EU member states only: " + country);
        }
        this.id = UUID.randomUUID();
        this.country = country.value();
        this.registrationNumber = requireText(registrationNumber, "registration number");
        this.holder = requireText(holder, "holder");
        this.validUntil = Objects.requireNonNull(validUntil, "valid until");
    }

    /** Names the authorised representative holding the registration, with its mandate and scheme. */
    public WeeeRegistration representedBy(String representative, String mandate, String scheme) {
        this.authorisedRepresentative = optional(representative, 200);
        this.mandateReference = optional(mandate, 200);
        this.complianceScheme = optional(scheme, 200);
        if (authorisedRepresentative != null && mandateReference == null) {
            throw new IllegalArgumentException("an authorised representative acts under a written mandate: give its reference");
        }
        return this;
    }

    public java.util.Optional<String> authorisedRepresentative() {
        return java.util.Optional.ofNullable(authorisedRepresentative);
    }

    public java.util.Optional<String> mandateReference() {
        return java.util.Optional.ofNullable(mandateReference);
    }

    public java.util.Optional<String> complianceScheme() {
        return java.util.Optional.ofNullable(complianceScheme);
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return value.strip();
    }

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String holder() {
        return holder;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
