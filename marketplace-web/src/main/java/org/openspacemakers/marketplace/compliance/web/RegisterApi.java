package org.openspacemakers.marketplace.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openspacemakers.marketplace.compliance.Compliance;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.register.ProducerRegistration;
import org.openspacemakers.marketplace.compliance.register.WeeeRegistration;
import org.openspacemakers.marketplace.system.BadRequest;
import org.openspacemakers.marketplace.system.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The association's register as a producer — WEEE registrations per country (with the authorised
 * representative and its mandate where needed), battery registrations, French IDUs — kept by
 * administrators, read by reviewers.
 */
@RestController
@Tag(name = "Producer register")
class RegisterApi {

    private final Compliance compliance;

    RegisterApi(Compliance compliance) {
        this.compliance = compliance;
    }

    record WeeeJson(String country, String registrationNumber, String holder, LocalDate validUntil,
            String authorisedRepresentative, String mandateReference, String complianceScheme) {
        static WeeeJson of(WeeeRegistration r) {
            return new WeeeJson(r.country().value(), r.registrationNumber(), r.holder(), r.validUntil(),
                    r.authorisedRepresentative().orElse(null), r.mandateReference().orElse(null),
                    r.complianceScheme().orElse(null));
        }
    }

    record ProducerJson(ProducerRegistration.Kind kind, String country, String registrationNumber, String holder,
            LocalDate validUntil) {
        static ProducerJson of(ProducerRegistration r) {
            return new ProducerJson(r.kind(), r.country().value(), r.registrationNumber(), r.holder(), r.validUntil());
        }
    }

    record RegisterJson(List<WeeeJson> weee, List<ProducerJson> producers) {
    }

    record WeeeRequest(String registrationNumber, String holder, LocalDate validUntil, String authorisedRepresentative,
            String mandateReference, String complianceScheme) {
    }

    record ProducerRequest(String registrationNumber, String holder, LocalDate validUntil) {
    }

    @GetMapping("/api/v1/register")
    @Operation(summary = "The association's producer register (administrators and reviewers)")
    RegisterJson register() {
        return new RegisterJson(compliance.weeeRegister().stream().map(WeeeJson::of).toList(),
                compliance.producerRegister().stream().map(ProducerJson::of).toList());
    }

    @PutMapping("/api/v1/register/weee/{country}")
    @Operation(summary = "Record or replace the WEEE registration in an EU country (administrators)")
    WeeeJson weee(@PathVariable String country, @RequestBody WeeeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        CountryCode code = euCountry(country, problems);
        text(request.registrationNumber(), "registrationNumber", 100, problems);
        text(request.holder(), "holder", 200, problems);
        if (request.validUntil() == null) {
            problems.add(new FieldProblem("validUntil", "is required (YYYY-MM-DD)"));
        }
        boolean represented = request.authorisedRepresentative() != null && !request.authorisedRepresentative().isBlank();
        if (represented && (request.mandateReference() == null || request.mandateReference().isBlank())) {
            problems.add(new FieldProblem("mandateReference", "an authorised representative acts under a written mandate"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        WeeeRegistration registration = new WeeeRegistration(code, request.registrationNumber(), request.holder(),
                request.validUntil()).representedBy(request.authorisedRepresentative(), request.mandateReference(),
                request.complianceScheme());
        compliance.registerWeee(registration);
        return WeeeJson.of(registration);
    }

    @PutMapping("/api/v1/register/{kind:BATTERIES|EPR_IDU_EEE|EPR_IDU_BATTERIES}/{country}")
    @Operation(summary = "Record or replace a battery registration (any EU country) or a French IDU (FR) (administrators)")
    ProducerJson producer(@PathVariable ProducerRegistration.Kind kind, @PathVariable String country,
            @RequestBody ProducerRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        CountryCode code = euCountry(country, problems);
        if (code != null && kind != ProducerRegistration.Kind.BATTERIES && !"FR".equals(code.value())) {
            problems.add(new FieldProblem("country", "unique identifiers (IDU) exist for France only"));
        }
        text(request.registrationNumber(), "registrationNumber", 100, problems);
        text(request.holder(), "holder", 200, problems);
        if (request.validUntil() == null) {
            problems.add(new FieldProblem("validUntil", "is required (YYYY-MM-DD)"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        ProducerRegistration registration = new ProducerRegistration(kind, code, request.registrationNumber(),
                request.holder(), request.validUntil());
        compliance.registerProducer(registration);
        return ProducerJson.of(registration);
    }

    private static CountryCode euCountry(String country, List<FieldProblem> problems) {
        if (!CountryCode.isValid(country) || !CountryCode.of(country).isEu()) {
            problems.add(new FieldProblem("country", "is not an EU member state's ISO 3166-1 alpha-2 code"));
            return null;
        }
        return CountryCode.of(country);
    }

    private static void text(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new FieldProblem(field, "has 1 to " + max + " characters"));
        }
    }
}
