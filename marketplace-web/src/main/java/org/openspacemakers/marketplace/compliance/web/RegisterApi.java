package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.openspacemakers.marketplace.compliance.ProducerKind;
import org.openspacemakers.marketplace.compliance.ProducerRegistrationView;
import org.openspacemakers.marketplace.compliance.Register;
import org.openspacemakers.marketplace.compliance.RegisterProducer;
import org.openspacemakers.marketplace.compliance.RegisterWeee;
import org.openspacemakers.marketplace.compliance.WeeeCategory;
import org.openspacemakers.marketplace.compliance.WeeeRegistrationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The association's register as a producer — WEEE registrations per country (with the authorised
 * representative and its mandate where needed, the categories and scope covered), battery
 * registrations, French IDUs, Germany's LUCID number — kept by
 * administrators, read by reviewers. The register checks what it is given ({@link RegisterWeee},
 * {@link RegisterProducer}).
 */
@RestController
@Tag(name = "Producer register")
class RegisterApi {

    private final Register register;

    RegisterApi(Register register) {
        this.register = register;
    }

    /** A WEEE registration, with its Annex III categories by number and its household / professional scope. */
    record WeeeJson(String country, String registrationNumber, String holder, LocalDate validUntil,
            String authorisedRepresentative, String mandateReference, String complianceScheme, List<Integer> categories,
            boolean household, boolean professional) {
        static WeeeJson of(WeeeRegistrationView r) {
            return new WeeeJson(r.country().value(), r.registrationNumber(), r.holder(), r.validUntil(),
                    r.authorisedRepresentative().orElse(null), r.mandateReference().orElse(null),
                    r.complianceScheme().orElse(null),
                    r.categories().stream().map(WeeeCategory::number).sorted().toList(), r.household(), r.professional());
        }
    }

    record ProducerJson(ProducerKind kind, String country, String registrationNumber, String holder, LocalDate validUntil,
            String authorisedRepresentative, String mandateReference) {
        static ProducerJson of(ProducerRegistrationView r) {
            return new ProducerJson(r.kind(), r.country().value(), r.registrationNumber(), r.holder(), r.validUntil(),
                    r.authorisedRepresentative().orElse(null), r.mandateReference().orElse(null));
        }
    }

    record RegisterJson(List<WeeeJson> weee, List<ProducerJson> producers) {
    }

    /**
     * A WEEE registration as recorded: the Annex III categories it covers by number (1 to 6), and
     * whether it covers household equipment (B2C, dual use included), professional equipment (B2B) or
     * both; an omitted scope is not covered.
     */
    record WeeeRequest(String registrationNumber, String holder, LocalDate validUntil, String authorisedRepresentative,
            String mandateReference, String complianceScheme, List<Integer> categories, Boolean household,
            Boolean professional) {

        RegisterWeee in(String country) {
            return new RegisterWeee(country, registrationNumber, holder, validUntil, authorisedRepresentative,
                    mandateReference, complianceScheme, WeeeCategory.numbered(categories), Boolean.TRUE.equals(household),
                    Boolean.TRUE.equals(professional));
        }
    }

    /** A battery or national registration; a battery registration outside the home country names its authorised representative and mandate. */
    record ProducerRequest(String registrationNumber, String holder, LocalDate validUntil, String authorisedRepresentative,
            String mandateReference) {
    }

    @GetMapping("/api/v1/register")
    @Operation(summary = "The association's producer register (administrators and reviewers)")
    RegisterJson register() {
        return new RegisterJson(register.weee().stream().map(WeeeJson::of).toList(),
                register.producers().stream().map(ProducerJson::of).toList());
    }

    @PutMapping("/api/v1/register/weee/{country}")
    @Operation(summary = "Record or replace the WEEE registration in an EU country (administrators)")
    WeeeJson weee(@PathVariable String country, @RequestBody WeeeRequest request) {
        return WeeeJson.of(register.record(request.in(country)));
    }

    @PutMapping("/api/v1/register/{kind:BATTERIES|EPR_IDU_EEE|EPR_IDU_BATTERIES|EPR_IDU_PACKAGING|LUCID}/{country}")
    @Operation(summary = "Record or replace a battery registration (any EU country), a French IDU (FR) or the LUCID number (DE) (administrators)")
    ProducerJson producer(@PathVariable ProducerKind kind, @PathVariable String country,
            @RequestBody ProducerRequest request) {
        return ProducerJson.of(register.record(new RegisterProducer(kind, country, request.registrationNumber(),
                request.holder(), request.validUntil(), request.authorisedRepresentative(), request.mandateReference())));
    }
}
