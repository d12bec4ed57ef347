package org.openspacemakers.marketplace.account.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Address;
import org.openspacemakers.marketplace.account.AddressBook;
import org.openspacemakers.marketplace.account.AddressFields;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's address book through the API, with the page's checks ({@link AddressBookPages}). */
@RestController
class AddressBookApi {

    private final AddressBook addresses;

    AddressBookApi(AddressBook addresses) {
        this.addresses = addresses;
    }

    /** An address as typed: the fields of an order's shipping address ({@code line2} may be left out). */
    record AddressRequest(String name, String line1, String line2, String postalCode, String city, String country) {
        AddressFields fields() {
            return new AddressFields(name, line1, line2, postalCode, city, country);
        }
    }

    /** A saved address as the API shows it. */
    record AddressJson(UUID id, String name, String line1, String line2, String postalCode, String city, String country) {
        static AddressJson of(Address address) {
            return new AddressJson(address.id(), address.name(), address.line1(), address.line2(), address.postalCode(),
                    address.city(), address.country());
        }
    }

    @GetMapping("/api/v1/me/addresses")
    @Operation(summary = "The signed-in person's saved shipping addresses, oldest first")
    List<AddressJson> list(@AuthenticationPrincipal SignedInUser user) {
        return addresses.of(user.id()).stream().map(AddressJson::of).toList();
    }

    @PostMapping("/api/v1/me/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a shipping address (10 at most)")
    AddressJson add(@RequestBody AddressRequest request, @AuthenticationPrincipal SignedInUser user) {
        return AddressJson.of(addresses.add(user.id(), request.fields()));
    }

    @PutMapping("/api/v1/me/addresses/{addressId}")
    @Operation(summary = "Change a saved address")
    AddressJson change(@PathVariable UUID addressId, @RequestBody AddressRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        addresses.find(user.id(), addressId).orElseThrow(NotFound::new);
        return AddressJson.of(addresses.change(user.id(), addressId, request.fields()));
    }

    @DeleteMapping("/api/v1/me/addresses/{addressId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a saved address")
    void remove(@PathVariable UUID addressId, @AuthenticationPrincipal SignedInUser user) {
        addresses.remove(user.id(), addressId);
    }
}
