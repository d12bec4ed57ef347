package org.openspacemakers.marketplace.invoice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An order's invoice and credit notes as PDF, to the order's buyer or an administrator. Before
 * payment, and for anyone else, the answer is the same 404: nothing tells an order's existence.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
@Tag(name = "Orders")
class InvoiceApi {

    private final Invoices invoices;

    InvoiceApi(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/invoice")
    @Operation(summary = "The order's invoice (PDF), once it is paid")
    ResponseEntity<byte[]> invoice(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser viewer) {
        return invoices.invoicePdf(orderId, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(IssuedDocuments::download).orElseThrow(NotFound::new);
    }

    @GetMapping("/credit-notes/{number}")
    @Operation(summary = "One of the order's credit notes (PDF), by its number AV-YYYY-NNNNNN")
    ResponseEntity<byte[]> creditNote(@PathVariable UUID orderId, @PathVariable String number,
            @AuthenticationPrincipal SignedInUser viewer) {
        return invoices.creditNotePdf(orderId, number, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(IssuedDocuments::download).orElseThrow(NotFound::new);
    }
}
