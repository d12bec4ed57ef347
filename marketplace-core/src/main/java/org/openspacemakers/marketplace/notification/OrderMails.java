package org.openspacemakers.marketplace.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderLine;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.OrderStatusChanged;
import org.openspacemakers.marketplace.order.OrderWithdrawn;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.payment.PaymentInstructions;
import org.openspacemakers.marketplace.payment.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the buyer of each step of their order, in the language they ordered in, and a team's
 * members when an order needs them, by queueing e-mails in the transaction that moves the order:
 * the mail exists exactly when the move committed. Each fact is told once: the key is the order
 * and its new status (a hold, which may come more than once, and a release from it, with their
 * instant too).
 */
@Component
class OrderMails {

    private static final Logger log = LoggerFactory.getLogger(OrderMails.class);

    /** The steps a buyer is told of. */
    static final Set<OrderStatus> TOLD_TO_BUYER = EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID,
            OrderStatus.AWAITING_PARTS, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.ON_HOLD,
            OrderStatus.CANCELLED, OrderStatus.REFUNDED);
    /** The steps after which a team has work to do. */
    static final Set<OrderStatus> TOLD_TO_TEAMS = EnumSet.of(OrderStatus.PAID, OrderStatus.PARTS_RECEIVED);

    private final Orders orders;
    private final Payments payments;
    private final Accounts accounts;
    private final Teams teams;
    private final Mails mails;
    private final MailTexts texts;
    private final MailSettings settings;
    private final String returnAddress;

    OrderMails(Orders orders, Payments payments, Accounts accounts, Teams teams, Mails mails, MailTexts texts,
            MailSettings settings, @Value("${marketplace.association.postal-address:}") String returnAddress) {
        this.returnAddress = returnAddress;
        this.orders = orders;
        this.payments = payments;
        this.accounts = accounts;
        this.teams = teams;
        this.mails = mails;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(OrderStatusChanged event) {
        OrderStatus status = event.to();
        boolean released = event.from() == OrderStatus.ON_HOLD;
        if (!TOLD_TO_BUYER.contains(status) && !TOLD_TO_TEAMS.contains(status) && !released) {
            return;
        }
        Order order = orders.findForViewer(event.orderId(), event.buyerId(), false)
                .orElseThrow(() -> new IllegalStateException("order " + event.orderId() + " moved but cannot be read"));
        if (TOLD_TO_BUYER.contains(status) || released) {
            tellBuyer(order, event);
        }
        if (TOLD_TO_TEAMS.contains(status)) {
            tellTeams(order, event);
        }
    }

    /**
     * A consumer's withdrawal is acknowledged on a durable medium (Directive 2011/83/EU art. 11(3)),
     * with where the boards go back and when the money comes back (art. 13, 14).
     */
    @EventListener
    void on(OrderWithdrawn event) {
        Order order = orders.findForViewer(event.orderId(), event.buyerId(), false)
                .orElseThrow(() -> new IllegalStateException("order " + event.orderId() + " withdrawn but cannot be read"));
        accounts.byId(order.buyerId()).ifPresent(buyer -> {
            Locale language = order.language();
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(texts.text("order.withdrawn.body", language, reference(order), texts.date(event.at(), language)));
            if (!returnAddress.isBlank()) {
                paragraphs.add(texts.text("order.withdrawn.return", language, returnAddress.strip()));
            }
            paragraphs.add(orderPage(order, language));
            mails.enqueue(Mail.text("order:" + order.id() + ":WITHDRAWN", buyer.email(), language,
                    texts.subject("order.withdrawn.subject", language, reference(order)),
                    letter(buyer, language, paragraphs.toArray(String[]::new))));
        });
    }

    private void tellBuyer(Order order, OrderStatusChanged event) {
        OrderStatus status = event.to();
        boolean resumed = event.from() == OrderStatus.ON_HOLD && status != OrderStatus.ON_HOLD;
        // A card payment is made on the processor's page at once: its buyer is told when it is paid.
        boolean stepTold = TOLD_TO_BUYER.contains(status)
                && (status != OrderStatus.AWAITING_PAYMENT || order.paymentMethod() == PaymentMethod.BANK_TRANSFER);
        if (!stepTold && !resumed) {
            return;
        }
        User buyer = accounts.byId(order.buyerId()).orElse(null);
        if (buyer == null) {
            log.info("Order {} moved to {}: its buyer's account is gone, nobody to tell", order.id(), status);
            return;
        }
        Locale language = order.language();
        boolean told = stepTold && mails.enqueue(Mail.text(buyerKey(order, event), buyer.email(),
                language, texts.subject("order." + status + ".subject", language, reference(order)),
                buyerText(order, event, buyer, language)));
        // Released from a hold to a step already told (or one the buyer is not told of): say it goes on.
        if (resumed && !told) {
            mails.enqueue(Mail.text("order:" + order.id() + ":RESUMED:" + event.at().toEpochMilli(), buyer.email(), language,
                    texts.subject("order.resumed.subject", language, reference(order)),
                    letter(buyer, language, texts.text("order.resumed.body", language, reference(order)), orderPage(order, language))));
        }
    }

    /** A hold may come, go and come again: each is a fact of its own. Every other step happens once in an order's life. */
    private static String buyerKey(Order order, OrderStatusChanged event) {
        return "order:" + order.id() + ":" + event.to() + (event.to() == OrderStatus.ON_HOLD ? ":" + event.at().toEpochMilli() : "");
    }

    private String buyerText(Order order, OrderStatusChanged event, User buyer, Locale language) {
        OrderStatus status = event.to();
        String reference = reference(order);
        String total = texts.money(order.total(), language);
        // What the buyer pays: the total, plus the donation they added (not part of the total).
        String due = texts.money(order.amountDue(), language);
        List<String> paragraphs = new ArrayList<>();
        // {1}: the day it was placed in the confirmation, the amount paid in the others.
        paragraphs.add(texts.text("order." + status + ".body", language, reference,
                status == OrderStatus.AWAITING_PAYMENT ? texts.date(order.placedAt(), language) : due));
        if (status == OrderStatus.AWAITING_PAYMENT) {
            paragraphs.add(lines(order, order.lines(), "order.line", language)
                    + order.shippingMethod().map(method -> "\n" + texts.text("order.shipping", language,
                            texts.text("shipping." + method, language), texts.money(order.shipping(), language))).orElse("")
                    + "\n" + texts.text("order.total", language, total)
                    + (order.hasDonation() ? "\n" + texts.text("order.donation", language,
                            texts.money(order.donation(), language), due) : ""));
            Optional<PaymentInstructions> instructions = payments.instructions(order);
            paragraphs.add(texts.text("order.AWAITING_PAYMENT.bankTransfer", language, due));
            instructions.filter(pay -> pay.account() != null).ifPresent(pay -> paragraphs.add(texts.text("order.bankAccount",
                    language, pay.account().holder(), pay.account().iban(), pay.account().bic(), pay.reference(),
                    texts.money(pay.amount(), language))));
        }
        if (status == OrderStatus.DELIVERED && order.withdrawalOpen(event.at())) {
            paragraphs.add(texts.text("order.DELIVERED.withdrawal", language, Order.WITHDRAWAL_DAYS));
        }
        if (status == OrderStatus.SHIPPED) {
            order.shipment().ifPresent(shipment -> paragraphs.add(texts.text("order.SHIPPED.tracking", language,
                    shipment.carrier(), shipment.trackingNumber())));
        }
        if ((status == OrderStatus.ON_HOLD || status == OrderStatus.CANCELLED) && event.note() != null && !event.note().isBlank()) {
            paragraphs.add(texts.text("order.reason", language, event.note().strip()));
        }
        paragraphs.add(orderPage(order, language));
        return letter(buyer, language, paragraphs.toArray(String[]::new));
    }

    /** The greeting, the paragraphs, the signature. */
    private String letter(User person, Locale language, String... paragraphs) {
        List<String> all = new ArrayList<>();
        all.add(texts.text("greeting", language, person.displayName()));
        all.addAll(List.of(paragraphs));
        all.add(texts.signature(language));
        return String.join("\n\n", all);
    }

    /** Each member of each team with boards in the order, but the one who moved it, is told of that team's lines. */
    private void tellTeams(Order order, OrderStatusChanged event) {
        OrderStatus status = event.to();
        Locale language = settings.teamLanguage();
        String reference = reference(order);
        for (UUID teamId : order.teams()) {
            Team team = teams.byId(teamId).orElse(null);
            if (team == null) {
                continue;
            }
            List<OrderLine> theirs = order.lines().stream().filter(line -> line.teamId().equals(teamId)).toList();
            for (UUID memberId : team.members()) {
                if (memberId.equals(event.actor())) {
                    continue;
                }
                accounts.byId(memberId).ifPresent(member -> mails.enqueue(Mail.text(
                        "order:" + order.id() + ":" + status + ":to:" + memberId, member.email(), language,
                        texts.subject("team." + status + ".subject", language, reference),
                        status == OrderStatus.PAID
                                ? letter(member, language, texts.text("team.PAID.body", language, reference) + "\n"
                                        + lines(order, theirs, "team.line", language), texts.text("team.PAID.next", language))
                                : letter(member, language, texts.text("team." + status + ".body", language, reference)))));
            }
        }
    }

    /** The lines as a list, each by the message {@code code}: quantity, board, revision, kind and the line's amount. */
    private String lines(Order order, List<OrderLine> lines, String code, Locale language) {
        return String.join("\n", lines.stream()
                .map(line -> "- " + texts.text(code, language, line.quantity(), line.boardName(), line.revisionLabel(),
                        texts.text("kind." + line.kind(), language),
                        texts.money(order.unitPrice(line).times(line.quantity()), language)))
                .toList());
    }

    private String orderPage(Order order, Locale language) {
        return settings.publicUrl().isEmpty() ? texts.text("order.page", language)
                : texts.text("order.link", language, settings.publicUrl() + "/orders/" + order.id() + "?lang=" + language.getLanguage());
    }

    /** How a person names the order: the short reference also quoted with a bank transfer ({@code OSM-7K3Q9}). */
    private static String reference(Order order) {
        return order.paymentReference();
    }
}
