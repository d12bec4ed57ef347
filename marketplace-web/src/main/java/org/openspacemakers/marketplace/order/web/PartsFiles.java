package org.openspacemakers.marketplace.order.web;

import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartToSupply;
import org.openspacemakers.marketplace.order.PartsSettings;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;

/**
 * The assembly-only parts file ({@link PartsCsv}) from the buyer's order page (the API gives the
 * same, {@link FulfilmentApi}): to the order's buyer, an administrator, or a member of a team whose
 * board is in it. Anyone else, and an order without parts to supply, gets the not-found page.
 */
@Controller
class PartsFiles {

    private final Orders orders;
    private final Fulfilment fulfilment;
    private final PartsSettings settings;

    PartsFiles(Orders orders, Fulfilment fulfilment, PartsSettings settings) {
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.settings = settings;
    }

    @GetMapping("/orders/{orderId}/parts.csv")
    ResponseEntity<byte[]> page(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser viewer) {
        return file(orders, fulfilment, settings, orderId, viewer);
    }

    /** The file of an order this person may see, or {@link NotFound}. */
    static ResponseEntity<byte[]> file(Orders orders, Fulfilment fulfilment, PartsSettings settings, UUID orderId,
            SignedInUser viewer) {
        Order order = orders.findForViewer(orderId, viewer.id(), viewer.hasRole(Role.ADMIN)).orElseThrow(NotFound::new);
        List<PartToSupply> parts = fulfilment.partsToSupply(order);
        if (parts.isEmpty()) {
            throw new NotFound();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, PartsCsv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PartsCsv.fileName(order)).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(PartsCsv.of(order, parts, settings));
    }
}
