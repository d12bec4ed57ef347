package org.openspacemakers.marketplace.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import org.openspacemakers.marketplace.privacy.PersonalData;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own data through the API: its download and the erasure of their account. */
@RestController
class PersonalDataApi {

    private final PersonalData personalData;

    PersonalDataApi(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** The erasure's request: the account's password, as a last check that its owner asks it. */
    record ErasureRequest(String password) {
    }

    @GetMapping("/api/v1/me/data")
    @Operation(summary = "Everything the store holds of the signed-in person (personal-data.json)")
    ResponseEntity<PersonalData.Export> download(@AuthenticationPrincipal SignedInUser user) {
        return PersonalDataPages.attachment(personalData.of(user.id()));
    }

    @PostMapping("/api/v1/me/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the signed-in person's account (with its password); orders and invoices stay as the law requires")
    void erase(@RequestBody ErasureRequest request, @AuthenticationPrincipal SignedInUser user) {
        personalData.erase(user.id(), request.password());
    }
}
