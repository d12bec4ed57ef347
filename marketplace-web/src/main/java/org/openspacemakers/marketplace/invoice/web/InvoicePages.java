package org.openspacemakers.marketplace.invoice.web;

import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The downloads the buyer's order page links to: its invoice and credit notes, on the same terms as the API. */
@Controller
class InvoicePages {

    private final Invoices invoices;

    InvoicePages(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/orders/{orderId}/invoice")
    ResponseEntity<byte[]> invoice(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser viewer) {
        return invoices.invoicePdf(orderId, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(IssuedDocuments::download).orElseThrow(NotFound::new);
    }

    @GetMapping("/orders/{orderId}/credit-notes/{number}")
    ResponseEntity<byte[]> creditNote(@PathVariable UUID orderId, @PathVariable String number,
            @AuthenticationPrincipal SignedInUser viewer) {
        return invoices.creditNotePdf(orderId, number, viewer.id(), viewer.hasRole(Role.ADMIN))
                .map(IssuedDocuments::download).orElseThrow(NotFound::new);
    }
}
