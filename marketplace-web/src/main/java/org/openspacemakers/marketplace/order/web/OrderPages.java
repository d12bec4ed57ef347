package org.openspacemakers.marketplace.order.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AddressBook;
import org.openspacemakers.marketplace.account.AddressFields;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.cart.Cart;
import org.openspacemakers.marketplace.cart.Carts;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.OfferDetails;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.donation.web.DonationChoice;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.invoice.OrderDocuments;
import org.openspacemakers.marketplace.order.IdempotencyKeyReused;
import org.openspacemakers.marketplace.order.InvalidOrder;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.compliance.SaleGate;
import org.openspacemakers.marketplace.compliance.SaleNotices;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.order.OrderQuote;
import org.openspacemakers.marketplace.order.OrderQuotes;
import org.openspacemakers.marketplace.order.OrderRefused;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.order.Placement;
import org.openspacemakers.marketplace.order.PlacementBusy;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.payment.CardProcessorFailed;
import org.openspacemakers.marketplace.payment.CardCheckouts;
import org.openspacemakers.marketplace.system.StoreAddress;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's order pages: checkout (from the cart, or one offer bought at once), the order, and
 * "my orders". Checkout shows a summary of what the order costs before its final button, which
 * needs the terms of sale accepted (and, for an assembly-only line, the consent to the service
 * starting within the withdrawal period) and places the order only at the total the summary
 * showed; its other button only updates the summary.
 */
@Controller
class OrderPages {

    private static final Logger log = LoggerFactory.getLogger(OrderPages.class);

    private final BoardQueries catalog;
    private final Orders orders;
    private final OrderQuotes quotes;
    private final Carts carts;
    private final RefusalMessages refusals;
    private final SaleGate gate;
    private final Invoices invoices;
    private final org.openspacemakers.marketplace.payment.Payments payments;
    private final java.time.Clock clock;
    private final SpringValidatorAdapter validator;
    private final org.openspacemakers.marketplace.account.Accounts accounts;
    private final AddressBook addresses;
    private final CardCheckouts cardCheckouts;
    private final StoreAddress store;
    private final MessageSource messages;
    private final OrderNotes notes;
    private final Donations donations;

    OrderPages(BoardQueries catalog, Orders orders, OrderQuotes quotes, Carts carts, RefusalMessages refusals, SaleGate gate,
            Validator validator, org.openspacemakers.marketplace.payment.Payments payments, java.time.Clock clock,
            Invoices invoices, org.openspacemakers.marketplace.account.Accounts accounts, AddressBook addresses,
            CardCheckouts cardCheckouts, StoreAddress store, MessageSource messages, OrderNotes notes, Donations donations) {
        this.notes = notes;
        this.donations = donations;
        this.cardCheckouts = cardCheckouts;
        this.store = store;
        this.messages = messages;
        this.accounts = accounts;
        this.addresses = addresses;
        this.payments = payments;
        this.clock = clock;
        this.gate = gate;
        this.invoices = invoices;
        this.catalog = catalog;
        this.orders = orders;
        this.quotes = quotes;
        this.carts = carts;
        this.refusals = refusals;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** Checkout of one offer, bought at once without the cart (the product page's "Order"). */
    @GetMapping("/orders/new")
    ModelAndView buyNow(@RequestParam UUID offer, @RequestParam(required = false) String country,
            @RequestParam(required = false) BuyerType buyerType, @RequestParam(required = false) UUID address,
            @AuthenticationPrincipal SignedInUser buyer, Model model) {
        OfferDetails details = catalog.offer(offer).orElseThrow(NotFound::new);
        OrderForm form = newForm(country, buyerType);
        prefill(form, buyer, address);
        form.setLines(new ArrayList<>(List.of(line(details, 1))));
        return show(form, buyer, model, HttpStatus.OK);
    }

    /** Checkout of the cart; an empty cart has nothing to check out and goes back to the cart. */
    @GetMapping("/checkout")
    ModelAndView checkout(@RequestParam(required = false) String country, @RequestParam(required = false) BuyerType buyerType,
            @RequestParam(required = false) UUID address, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
            Model model) {
        OrderForm form = newForm(country, buyerType);
        prefill(form, buyer, address);
        Cart cart = carts.of(buyer.id());
        List<OrderForm.LineField> lines = new ArrayList<>();
        cart.lines().forEach(line -> catalog.offer(line.offerId()).ifPresent(details -> lines.add(line(details, line.quantity()))));
        if (lines.isEmpty()) {
            return new ModelAndView("redirect:/cart?lang=" + locale.getLanguage());
        }
        form.setLines(lines);
        form.setFromCart(true);
        return show(form, buyer, model, HttpStatus.OK);
    }

    /** Fills the shipping fields from one of the buyer's saved addresses, when they chose one; another person's is not found. */
    private void prefill(OrderForm form, SignedInUser buyer, UUID addressId) {
        if (addressId == null) {
            return;
        }
        AddressFields saved = addresses.find(buyer.id(), addressId).orElseThrow(NotFound::new).fields();
        form.setName(saved.name());
        form.setLine1(saved.line1());
        form.setLine2(saved.line2());
        form.setPostalCode(saved.postalCode());
        form.setCity(saved.city());
        form.setCountry(saved.country());
    }

    /**
     * Keeps the shipping address just ordered to in the buyer's address book when they asked it and
     * it is not there yet; a full book (or an address the book refuses) is told on the order's page,
     * and the order stands.
     */
    private void saveAddress(OrderForm form, SignedInUser buyer, Locale locale, RedirectAttributes redirect) {
        try {
            AddressFields typed = new AddressFields(form.getName(), form.getLine1(), form.getLine2(), form.getPostalCode(),
                    form.getCity(), form.getCountry());
            if (addresses.of(buyer.id()).stream().noneMatch(saved -> saved.fields().equals(typed))) {
                addresses.add(buyer.id(), typed);
            }
            redirect.addFlashAttribute("notice", "checkout.addressSaved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", refusals.lines(e, locale));
        }
    }

    private static OrderForm newForm(String country, BuyerType buyerType) {
        OrderForm form = new OrderForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setCountry(country);
        form.setBuyerType(buyerType == null ? BuyerType.CONSUMER : buyerType);
        return form;
    }

    /** A line of the form; an assembly-only line lists the parts of its BOM's placed lines, the approved MPNs offered first. */
    private OrderForm.LineField line(OfferDetails details, int quantity) {
        List<OrderForm.PartField> parts = details.offer().kind() != OfferKind.ASSEMBLY_ONLY ? List.of()
                : catalog.partsToSupply(details.revision().id()).stream()
                        .map(bom -> new OrderForm.PartField(bom.references().get(0), String.join(" ", bom.references()),
                                bom.mpn()))
                        .toList();
        return new OrderForm.LineField(details.offer().id(), quantity, parts);
    }

    /** Room for the parts of a BOM's placed lines, one field pair each (Spring grows lists to 256 by default). */
    @InitBinder("form")
    void bindParts(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(500);
    }

    /**
     * With {@code review}, shows the form again with its summary updated, storing nothing; else
     * places the order. Every field at fault is named (400) and nothing is stored; a total other
     * than the one the summary showed ({@code shownTotal}: none yet, or it changed since) is shown
     * again (409) rather than ordered.
     */
    @PostMapping("/checkout")
    ModelAndView place(@ModelAttribute("form") OrderForm form, BindingResult errors,
            @RequestParam(required = false) String review, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (review != null) {
            if (form.donationUnclear()) {
                rejectDonation(form, errors);
            }
            return show(form, buyer, model, errors.hasErrors() ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
        }
        // A buyer who signed up orders once their address is verified; the form stays as typed (403).
        try {
            accounts.requireVerifiedEmail(buyer.id());
        } catch (org.openspacemakers.marketplace.refusal.Forbidden e) {
            errors.reject("checkout.emailNotVerified");
            return show(form, buyer, model, HttpStatus.FORBIDDEN);
        }
        validator.validate(form, errors);
        if (!form.isTermsAccepted()) {
            errors.rejectValue("termsAccepted", "checkout.termsRequired");
        }
        if (form.donationUnclear()) {
            rejectDonation(form, errors);
        }
        OrderQuote quote = quote(form);
        if (quote.hasAssemblyOnly() && !form.isAssemblyServiceConsent()) {
            errors.rejectValue("assemblyServiceConsent", "checkout.assemblyConsentRequired");
        }
        if (errors.hasErrors()) {
            return show(form, buyer, model, HttpStatus.BAD_REQUEST);
        }
        // The buyer orders only a total the summary showed them. Without one (no shipping there), the
        // placement itself says what is wrong.
        Optional<Money> total = quote.total();
        if (total.isPresent() && !Long.valueOf(total.get().amountMinor()).equals(form.getShownTotal())) {
            errors.reject("checkout.totalChanged", new Object[] {total.get().decimal() + " " + total.get().currency()}, null);
            return show(form, buyer, model, HttpStatus.CONFLICT);
        }
        try {
            Placement placement = orders.place(form.toRequest().toPlaceOrder(buyer.id(), form.getIdempotencyKey(),
                    payments.enabled(PaymentMethod.CARD), locale));
            if (form.isFromCart() && placement.created()) {
                emptyCart(buyer, placement.order().lines().stream()
                        .map(line -> new PlaceOrder.Line(line.offerId(), line.quantity())).toList());
            }
            if (form.isSaveAddress() && placement.created()) {
                saveAddress(form, buyer, locale, redirect);
            }
            if (placement.order().paymentMethod() == PaymentMethod.CARD && placement.order().awaitsPayment()) {
                // Straight on to Stripe's page; should Stripe not answer, the order's page offers to try again.
                try {
                    return new ModelAndView("redirect:" + cardCheckouts.open(placement.order(), store.base()).url());
                } catch (CardProcessorFailed e) {
                    log.warn("A card order was placed but its checkout could not be opened: {}", e.getMessage());
                    redirect.addFlashAttribute("problems", List.of(messages.getMessage("payment.cardUnavailable", null, locale)));
                }
            }
            return new ModelAndView("redirect:/orders/" + placement.order().id() + "?placed&lang=" + locale.getLanguage());
        } catch (InvalidOrder e) {
            e.problems().forEach(problem -> {
                if (problem.field().startsWith("lines[")) {
                    errors.reject("invalid.offerGone");
                } else {
                    errors.rejectValue(formField(problem.field()), problem.key(), problem.arguments().toArray(), problem.key());
                }
            });
            return show(form, buyer, model, HttpStatus.BAD_REQUEST);
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(formField(p.field()), p.key(), p.arguments().toArray(), p.key()));
            return show(form, buyer, model, HttpStatus.BAD_REQUEST);
        } catch (OrderRefused e) {
            model.addAttribute("reasons", refusals.explain(e.reasons(), locale));
            return show(form, buyer, model, HttpStatus.CONFLICT);
        } catch (IdempotencyKeyReused e) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
            errors.reject("invalid.formResent");
            return show(form, buyer, model, HttpStatus.CONFLICT);
        } catch (PlacementBusy e) {
            // The form keeps its key: sent again, it makes one order at most.
            errors.reject("order.busy");
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
            return show(form, buyer, model, HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /** The donation field's error: two amounts given, or one that is not an amount the association takes. */
    private void rejectDonation(OrderForm form, BindingResult errors) {
        if (DonationChoice.twoAmounts(form.getDonation(), form.getOtherDonation())) {
            errors.rejectValue("donation", "invalid.donation.twoAmounts");
        } else {
            errors.rejectValue("donation", "invalid.donation.amount", new Object[] {donations.settings().smallest().decimal(),
                    donations.settings().largest().decimal()}, "invalid.donation.amount");
        }
    }

    /**
     * Takes what the order holds out of the cart, right after the order is stored (in a transaction
     * of its own: placement holds its teams' locks as briefly as it can). Should this fail, the
     * order stands and the cart still shows what it ordered, which the buyer can remove.
     */
    private void emptyCart(SignedInUser buyer, List<PlaceOrder.Line> ordered) {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        ordered.forEach(line -> quantities.merge(line.offerId(), line.quantity(), Integer::sum));
        try {
            carts.removeOrdered(buyer.id(), quantities);
        } catch (RuntimeException e) {
            log.warn("An order was placed but its lines could not be taken out of the buyer's cart: {}", e.getClass().getName());
        }
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
        model.addAttribute("viewerIsBuyer", order.buyerId().equals(viewer.id()));
        model.addAttribute("stepNotes", notes.of(order, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        // Stripe's payments and fees, for the treasurer: administrators only.
        model.addAttribute("cardPayments", viewer.hasRole(Role.ADMIN) && order.paymentMethod() == PaymentMethod.CARD
                ? payments.cardPaymentsOf(orderId) : List.of());
        // The refund form's key: the same form sent twice refunds once.
        model.addAttribute("refundKey", UUID.randomUUID().toString());
        // The invoice and credit notes are the buyer's and the administrators', not the teams'.
        boolean buyerOrAdministrator = order.buyerId().equals(viewer.id()) || viewer.hasRole(Role.ADMIN);
        model.addAttribute("documents", buyerOrAdministrator
                ? invoices.documentsOf(orderId) : new OrderDocuments(Optional.empty(), List.of()));
        // The receipt of the donation paid with the order, likewise.
        model.addAttribute("orderDonation", order.hasDonation() && buyerOrAdministrator
                ? donations.ofOrder(orderId).filter(given -> given.receiptNumber().isPresent()).orElse(null) : null);
        model.addAttribute("vatMentions", order.lines().stream().map(OrderLine::vatTreatment).distinct()
                .filter(treatment -> treatment.mention().isPresent()).toList());
        return "order";
    }

    /**
     * What the form's lines would cost shipped to its country by its method, and the VAT in it, for
     * its kind of buyer (no shipping nor VAT while the country is not one; a professional's VAT
     * number counts once it is one).
     */
    private OrderQuote quote(OrderForm form) {
        CountryCode destination = CountryCode.isValid(form.getCountry()) ? CountryCode.of(form.getCountry()) : null;
        BuyerType buyerType = form.getBuyerType() == null ? BuyerType.CONSUMER : form.getBuyerType();
        return quotes.quote(form.orderLines(), destination, form.getShippingMethod(), buyerType,
                VatNumber.parse(form.getVatNumber()).orElse(null));
    }

    /**
     * The checkout page for the form, with its summary, answered with the status that says why;
     * without a line it can show (none sent, or offers that do not exist) the page for a bad request.
     */
    private ModelAndView show(OrderForm form, SignedInUser buyer, Model model, HttpStatus status) {
        List<CheckoutLine> shown = new ArrayList<>();
        List<OrderForm.LineField> lines = form.getLines() == null ? List.of() : form.getLines();
        for (int i = 0; i < lines.size(); i++) {
            OrderForm.LineField line = lines.get(i);
            Optional<OfferDetails> offer = line == null || line.getOfferId() == null ? Optional.empty()
                    : catalog.offer(line.getOfferId());
            if (offer.isPresent()) {
                shown.add(new CheckoutLine(i, offer.get()));
            }
        }
        if (shown.isEmpty()) {
            return new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        }
        OrderQuote quote = quote(form);
        boolean classA = false;
        boolean professionalOnly = false;
        Set<UUID> revisions = new LinkedHashSet<>();
        shown.forEach(line -> revisions.add(line.offer().revision().id()));
        for (UUID revision : revisions) {
            SaleNotices notices = gate.notices(RevisionRef.of(revision));
            classA |= notices.classA();
            professionalOnly |= notices.professionalOnly();
        }
        model.addAttribute("form", form);
        model.addAttribute("savedAddresses", addresses.of(buyer.id()));
        model.addAttribute("checkoutLines", shown);
        model.addAttribute("quote", quote);
        model.addAttribute("classA", classA);
        model.addAttribute("classAText", "acknowledgement." + SaleNotices.CLASS_A + "." + SaleNotices.textVersion(SaleNotices.CLASS_A));
        model.addAttribute("professionalOnly", professionalOnly);
        model.addAttribute("cardPayments", payments.enabled(PaymentMethod.CARD));
        model.addAttribute("donationSettings", donations.settings());
        // The donation the form adds, shown in the summary with what the buyer will pay.
        Optional<Money> donation = form.donationUnclear() ? Optional.empty() : form.donationAmount();
        model.addAttribute("summaryDonation", donation.orElse(null));
        model.addAttribute("summaryDue", donation.flatMap(given -> quote.total().map(total -> total.plus(given))).orElse(null));
        return new ModelAndView("order-form", model.asMap(), status);
    }

    /** A line of the form the page can show: its index among the form's lines, and its offer. */
    public record CheckoutLine(int index, OfferDetails offer) {

        public boolean assemblyOnly() {
            return offer.offer().kind() == OfferKind.ASSEMBLY_ONLY;
        }
    }

    private static String formField(String apiField) {
        return switch (apiField) {
            case "destinationCountry", "shippingAddress.country" -> "country";
            case "Idempotency-Key" -> "idempotencyKey";
            case "acknowledgements" -> "acknowledgeClassA";
            case "company", "company.name" -> "companyName";
            case "company.vatNumber" -> "vatNumber";
            case "shippingMethod" -> "shippingMethod";
            case "donation", "donation.amountMinor", "donation.currency" -> "donation";
            default -> apiField.startsWith("shippingAddress.") ? apiField.substring("shippingAddress.".length()) : "country";
        };
    }
}
