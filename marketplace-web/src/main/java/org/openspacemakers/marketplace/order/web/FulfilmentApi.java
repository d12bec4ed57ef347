package org.openspacemakers.marketplace.order.web;

import static org.openspacemakers.marketplace.order.web.OrderViewers.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.PartTick;
import org.openspacemakers.marketplace.order.PartsSettings;
import org.openspacemakers.marketplace.order.UnitTest;
import org.openspacemakers.marketplace.order.UnitTestEntry;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's fulfilment records through the API: the units of an order with their functional tests,
 * and the assembly-only parts checklist; the parts file too. Reads are the order's viewers' (its
 * buyer, an administrator, its teams); writes its teams' (and administrators'), 404 for anyone else.
 * A move its status does not allow answers 409 {@code INVALID_STATE}.
 */
@RestController
@RequestMapping("/api/v1/orders/{orderId}")
@Tag(name = "Orders")
class FulfilmentApi {

    private final Orders orders;
    private final Fulfilment fulfilment;
    private final PartsSettings settings;
    private final Invoices invoices;

    FulfilmentApi(Orders orders, Fulfilment fulfilment, PartsSettings settings, Invoices invoices) {
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.settings = settings;
        this.invoices = invoices;
    }

    /** A new unit and its first functional test. */
    record UnitRequest(@NotNull @Min(0) Integer lineNo, @NotBlank @Size(max = UnitTest.MAX_FIRMWARE_LENGTH) String firmwareVersion,
            @NotNull UnitTest.Result result, @Size(max = UnitTest.MAX_NOTES_LENGTH) String notes,
            @Min(0) @Max(UnitTestEntry.MAX_MINUTES) Integer assemblyMinutes, @Min(0) @Max(UnitTestEntry.MAX_MINUTES) Integer testMinutes) {
    }

    /** Another functional test of a unit. */
    record TestRequest(@NotBlank @Size(max = UnitTest.MAX_FIRMWARE_LENGTH) String firmwareVersion,
            @NotNull UnitTest.Result result, @Size(max = UnitTest.MAX_NOTES_LENGTH) String notes,
            @Min(0) @Max(UnitTestEntry.MAX_MINUTES) Integer assemblyMinutes, @Min(0) @Max(UnitTestEntry.MAX_MINUTES) Integer testMinutes) {
    }

    /** Parts ticked on the checklist. */
    record PartsCheckRequest(@NotEmpty @Size(max = 2000) List<@Valid @NotNull TickRequest> parts) {
    }

    record TickRequest(@NotNull @Min(0) Integer lineNo, @NotNull @Min(0) Integer itemNo, @NotNull PartCheck.Status status,
            @Size(max = PartCheck.MAX_MPN_LENGTH) String receivedMpn, @Size(max = PartCheck.MAX_NOTE_LENGTH) String note) {
    }

    /** One part of the checklist: what is expected, and the team's latest tick (null: not ticked yet). */
    record ChecklistJson(int lineNo, int itemNo, List<String> references, String manufacturer, String mpn, int needed,
            List<String> accepted, PartCheck.Status status, String receivedMpn, String note, Instant checkedAt) {
    }

    @GetMapping("/units")
    @Operation(summary = "The order's assembled units, with their serial numbers and functional tests")
    List<UnitJson> units(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return fulfilment.unitsOf(visible(orderId, user)).stream().map(UnitJson::of).toList();
    }

    @PostMapping("/units")
    @Operation(summary = "The team: a unit assembled for an order line IN_ASSEMBLY, with its functional test; 201 with its serial number")
    ResponseEntity<UnitJson> recordUnit(@PathVariable UUID orderId, @Valid @RequestBody UnitRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        UnitJson unit = UnitJson.of(fulfilment.recordUnit(visible(orderId, user).id(), request.lineNo(),
                new UnitTestEntry(request.firmwareVersion(), request.result(), request.notes(),
                        request.assemblyMinutes(), request.testMinutes()), actor(user)));
        return ResponseEntity.created(URI.create("/api/v1/orders/" + orderId + "/units/" + unit.serial())).body(unit);
    }

    @GetMapping("/units/{serial}")
    @Operation(summary = "One unit of the order by its serial number")
    UnitJson unit(@PathVariable UUID orderId, @PathVariable String serial, @AuthenticationPrincipal SignedInUser user) {
        return fulfilment.unit(visible(orderId, user), serial).map(UnitJson::of).orElseThrow(NotFound::new);
    }

    @PostMapping("/units/{serial}/tests")
    @Operation(summary = "The team: another functional test of a unit (after a rework or another firmware); its result counts from now")
    UnitJson retest(@PathVariable UUID orderId, @PathVariable String serial, @Valid @RequestBody TestRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return UnitJson.of(fulfilment.retestUnit(visible(orderId, user).id(), serial,
                new UnitTestEntry(request.firmwareVersion(), request.result(), request.notes(),
                        request.assemblyMinutes(), request.testMinutes()), actor(user)));
    }

    @GetMapping("/parts-check")
    @Operation(summary = "Assembly-only: the parts the buyer supplies, from the frozen BOM, with the team's latest tick of each")
    List<ChecklistJson> checklist(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return fulfilment.checklist(visible(orderId, user)).stream().map(row -> new ChecklistJson(row.part().lineNo(),
                row.part().itemNo(), row.part().references(), row.part().manufacturer(), row.part().mpn(), row.part().needed(),
                row.part().accepted(), row.check().map(PartCheck::status).orElse(null),
                row.check().flatMap(PartCheck::receivedMpn).orElse(null), row.check().map(PartCheck::note).orElse(null),
                row.check().map(PartCheck::checkedAt).orElse(null))).toList();
    }

    @PostMapping("/parts-check")
    @Operation(summary = "The team ticks parts received, missing or wrong (the buyer is told of a problem); "
            + "once every part is received the order is PARTS_RECEIVED")
    OrderJson checkParts(@PathVariable UUID orderId, @Valid @RequestBody PartsCheckRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        Order order = fulfilment.checkParts(visible(orderId, user).id(), request.parts().stream()
                .map(tick -> new PartTick(tick.lineNo(), tick.itemNo(), tick.status(), tick.receivedMpn(), tick.note()))
                .toList(), actor(user));
        return OrderJson.of(order, invoices.documentsOf(order.id()));
    }

    @GetMapping("/parts.csv")
    @Operation(summary = "Assembly-only: the parts to have delivered to the workshop, as a distributor's BOM upload (CSV)")
    ResponseEntity<byte[]> partsFile(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser user) {
        return PartsFiles.file(orders, fulfilment, settings, orderId, user);
    }

    /** The order when this person may see it; 404 otherwise, whatever they meant to do. */
    private Order visible(UUID orderId, SignedInUser user) {
        return orders.findForViewer(orderId, user.id(), user.hasRole(Role.ADMIN)).orElseThrow(NotFound::new);
    }

}
