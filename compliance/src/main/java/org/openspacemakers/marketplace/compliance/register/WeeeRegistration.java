package org.openspacemakers.marketplace.compliance.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.compliance.WeeeRegistrationView;

/**
 * The association's WEEE producer registration in one country, held by the association itself or
 * by its authorised representative there, for the categories and the household / professional
 * scope it lists. Made from a {@link RegisterWeee}, which checked it.
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

    /** The Annex III categories it covers, by number ({@code "5, 6"}); none for a registration recorded before they were. */
    @Column(nullable = false, length = 20)
    private String categories;

    /** Whether it covers household equipment (B2C; dual use counts as household). */
    @Column(name = "covers_household", nullable = false)
    private boolean household;

    /** Whether it covers professional equipment (B2B). */
    @Column(name = "covers_professional", nullable = false)
    private boolean professional;

    /** Null until first stored: tells Spring Data to insert rather than merge; then optimistic locking. */
    @Version
    private Long version;

    protected WeeeRegistration() {
        // for JPA
    }

    public WeeeRegistration(RegisterWeee registered) {
        this.id = UUID.randomUUID();
        this.country = registered.country();
        this.registrationNumber = registered.registrationNumber();
        this.holder = registered.holder();
        this.validUntil = registered.validUntil();
        this.authorisedRepresentative = registered.authorisedRepresentative();
        this.mandateReference = registered.mandateReference();
        this.complianceScheme = registered.complianceScheme();
        this.categories = WeeeCategory.text(registered.categories());
        this.household = registered.household();
        this.professional = registered.professional();
    }

    /** Whether the registration is in force on that day. */
    public boolean coversOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    /** Whether an authorised representative holds it under a mandate: what a sale outside the home country needs. */
    public boolean represented() {
        return authorisedRepresentative != null && mandateReference != null;
    }

    /** Whether it covers every category of a board; a board stating none is not known to be covered. */
    public boolean coversCategories(Set<WeeeCategory> board) {
        return !board.isEmpty() && WeeeCategory.namedIn(categories).containsAll(board);
    }

    /** Whether it covers a board's scope: household equipment, or professional equipment. */
    public boolean coversScope(boolean householdBoard) {
        return householdBoard ? household : professional;
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public WeeeRegistrationView view() {
        return new WeeeRegistrationView(country(), registrationNumber, holder, validUntil,
                Optional.ofNullable(authorisedRepresentative), Optional.ofNullable(mandateReference),
                Optional.ofNullable(complianceScheme), WeeeCategory.namedIn(categories), household, professional);
    }
}
