package org.openspacemakers.marketplace.compliance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.CountryCode;

/**
 * One of the association's other registrations as a producer: a battery producer registration in
 * a country, or a French unique identifier (IDU) of an extended-producer-responsibility stream.
 */
@Entity
@Table(name = "producer_registrations")
public class ProducerRegistration {

    /** What the registration is for. */
    public enum Kind {
        /** Producer of batteries in the country (a cell ships on a board). */
        BATTERIES,
        /** France: the ADEME unique identifier for electrical and electronic equipment (DEEE). */
        EPR_IDU_EEE,
        /** France: the ADEME unique identifier for batteries. */
        EPR_IDU_BATTERIES
    }

    @Id
    private UUID id;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "registration_number", nullable = false, length = 100)
    private String registrationNumber;

    @Column(nullable = false, length = 200)
    private String holder;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected ProducerRegistration() {
        // for JPA
    }

    public ProducerRegistration(Kind kind, CountryCode country, String registrationNumber, String holder,
            LocalDate validUntil) {
        if (kind != Kind.BATTERIES && !"FR".equals(country.value())) {
            throw new IllegalArgumentException("unique identifiers (IDU) are French");
        }
        if (!country.isEu()) {
            throw new IllegalArgumentException("producer registrations exist in EU member states only: " + country);
        }
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind);
        this.country = country.value();
        this.registrationNumber = text(registrationNumber, "registration number", 100);
        this.holder = text(holder, "holder", 200);
        this.validUntil = Objects.requireNonNull(validUntil, "valid until");
    }

    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    public Kind kind() {
        return kind;
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

    private static String text(String value, String name, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException("the " + name + " has 1 to " + max + " characters");
        }
        return value.strip();
    }
}
