package org.openspacemakers.marketplace.order.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.invoice.OrderDocuments;
import org.openspacemakers.marketplace.order.IdempotencyKeyReused;
import org.openspacemakers.marketplace.order.InvalidOrder;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.order.OrderRefused;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.Placement;
import org.openspacemakers.marketplace.order.PlacementBusy;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.compliance.SaleNotices;

/** The buyer's order pages: the order form, its confirmation, and "my orders". */
@Controller
class OrderPages {

    private final BoardQueries catalog;
    private final Orders orders;
    private final RefusalMessages refusals;
    private final SaleGate gate;
    private final Invoices invoices;

    private final org.openspacemakers.marketplace.payment.Payments payments;
    private final java.time.Clock clock;

    OrderPages(BoardQueries catalog, Orders orders, RefusalMessages refusals, SaleGate gate,
            org.openspacemakers.marketplace.payment.Payments payments, java.time.Clock clock, Invoices invoices) {
        this.payments = payments;
        this.clock = clock;
        this.gate = gate;
        this.invoices = invoices;
        this.catalog = catalog;
        this.orders = orders;
        this.refusals = refusals;
    }

    @GetMapping("/orders/new")
    String form(@RequestParam UUID offer, @RequestParam(required = false) String country,
            @RequestParam(required = false) BuyerType buyerType, Model model) {
        OrderForm form = new OrderForm();
        form.setOfferId(offer);
        if (buyerType != null) {
            form.setBuyerType(buyerType);
        }
        OfferDetails details = catalog.offer(offer).orElseThrow(NotFound::new);
        if (details.offer().kind() == OfferKind.ASSEMBLY_ONLY) {
            form.setParts(catalog.partsToSupply(details.revision().id()).stream()
                    .map(line -> new OrderForm.PartField(line.references().get(0), String.join(" ", line.references()),
                            line.mpn()))
                    .toList());
        }
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setCountry(country);
        return showForm(form, details, model);
    }

    /** Room for the parts of a BOM's placed lines, one field pair each (Spring grows lists to 256 by default). */
    @InitBinder("form")
    void bindParts(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(500);
    }

    @PostMapping("/orders")
    ModelAndView place(@Valid @ModelAttribute("form") OrderForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser buyer, Locale locale, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return formAgain(form, model, HttpStatus.BAD_REQUEST);
        }
        try {
            Placement placement = orders.place(form.toRequest().toPlaceOrder(buyer.id(), form.getIdempotencyKey(), false, locale));
            return new ModelAndView("redirect:/orders/" + placement.order().id() + "?placed&lang=" + locale.getLanguage());
        } catch (InvalidOrder e) {
            errors.reject("invalid.offerGone");
            return formAgain(form, model, HttpStatus.BAD_REQUEST);
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(formField(p.field()), p.key(), p.arguments().toArray(), p.key()));
            return formAgain(form, model, HttpStatus.BAD_REQUEST);
        } catch (OrderRefused e) {
            model.addAttribute("reasons", refusals.explain(e.reasons(), locale));
            return formAgain(form, model, HttpStatus.CONFLICT);
        } catch (IdempotencyKeyReused e) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
            errors.reject("invalid.formResent");
            return formAgain(form, model, HttpStatus.CONFLICT);
        } catch (PlacementBusy e) {
            // The form keeps its key: sent again, it makes one order at most.
            errors.reject("order.busy");
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
            return formAgain(form, model, HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /**
     * The form again, with what was wrong, answered with the status that says why; without an
     * offer it could show (none sent, or one that does not exist) the page for a bad request.
     */
    private ModelAndView formAgain(OrderForm form, Model model, HttpStatus status) {
        Optional<OfferDetails> offer = form.getOfferId() == null ? Optional.empty() : catalog.offer(form.getOfferId());
        if (offer.isEmpty()) {
            return new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        }
        String view = showForm(form, offer.get(), model);
        return new ModelAndView(view, model.asMap(), status);
    }

    @GetMapping("/orders")
    String mine(@AuthenticationPrincipal SignedInUser buyer, Model model) {
        model.addAttribute("orders", orders.placedBy(buyer.id()));
        return "orders";
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser viewer, Model model) {
        org.openspacemakers.marketplace.order.Order order = orders.findForViewer(orderId, viewer.id(),
                viewer.hasRole(Role.ADMIN)).orElseThrow(NotFound::new);
        model.addAttribute("order", order);
        model.addAttribute("life", OrderLife.of(order, viewer.id(), viewer.hasRole(Role.ADMIN), clock.instant()));
        model.addAttribute("payment", payments.instructions(order).orElse(null));
        // The invoice and credit notes are the buyer's and the administrators', not the teams'.
        model.addAttribute("documents", order.buyerId().equals(viewer.id()) || viewer.hasRole(Role.ADMIN)
                ? invoices.documentsOf(orderId) : new OrderDocuments(Optional.empty(), List.of()));
        model.addAttribute("vatMentions", order.lines().stream().map(OrderLine::vatTreatment).distinct()
                .filter(treatment -> treatment.mention().isPresent()).toList());
        return "order";
    }

    private String showForm(OrderForm form, OfferDetails offer, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("offer", offer);
        SaleNotices notices = gate.notices(RevisionRef.of(offer.revision().id()));
        model.addAttribute("classA", notices.classA());
        model.addAttribute("classAText", "acknowledgement." + SaleNotices.CLASS_A + "." + SaleNotices.textVersion(SaleNotices.CLASS_A));
        model.addAttribute("professionalOnly", notices.professionalOnly());
        return "order-form";
    }

    private static String formField(String apiField) {
        return switch (apiField) {
            case "destinationCountry", "shippingAddress.country" -> "country";
            case "Idempotency-Key" -> "idempotencyKey";
            case "acknowledgements" -> "acknowledgeClassA";
            case "company", "company.name" -> "companyName";
            case "company.vatNumber" -> "vatNumber";
            default -> apiField.startsWith("shippingAddress.") ? apiField.substring("shippingAddress.".length()) : "country";
        };
    }
}
