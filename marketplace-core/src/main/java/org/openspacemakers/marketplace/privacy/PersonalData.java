package org.openspacemakers.marketplace.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AccountRecords;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.cart.Carts;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.donation.Donation;
import org.openspacemakers.marketplace.donation.DonationStatus;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.invoice.CreditNote;
import org.openspacemakers.marketplace.invoice.Invoice;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data, as the privacy notice promises: everything the store holds of them,
 * collected from each module through its service (the account module reads no order), and the
 * erasure of their account. Erasure keeps what the law requires: orders and their invoices and
 * credit notes (ten years, art. L123-22 of the Code de commerce), the unit trace and the
 * compliance records; an order never paid loses its shipping name and address.
 */
@Service
public class PersonalData {

    /** Everything the store holds of a person, as their download shows it. */
    public record Export(Instant exportedAt, AccountRecords.AccountPart account, List<OrderPart> orders,
            List<DonationPart> donations, List<MailPart> mails) {
    }

    /** A donation the person gave while signed in. */
    public record DonationPart(UUID id, Instant pledgedAt, DonationStatus status, Money amount, String reference,
            String name, String email, List<String> address, Optional<LocalDate> receivedOn, Optional<String> receiptNumber) {

        static DonationPart of(Donation donation) {
            return new DonationPart(donation.id(), donation.pledgedAt(), donation.status(), donation.amount(),
                    donation.reference(), donation.donorName(), donation.donorEmail(), donation.donorAddress(),
                    donation.receivedOn(), donation.receiptNumber());
        }
    }

    /** One of the person's orders. */
    public record OrderPart(UUID id, Instant placedAt, OrderStatus status, BuyerType buyerType,
            AddressPart shippingAddress, Optional<String> companyName, Optional<String> vatNumber, List<LinePart> lines,
            Money total, Money vatTotal, Optional<Instant> paidAt, Optional<Instant> deliveredAt,
            Optional<Instant> withdrawnAt, Optional<String> invoiceNumber, List<String> creditNoteNumbers) {
    }

    /** Where an order was (to be) shipped. */
    public record AddressPart(String name, String line1, String line2, String postalCode, String city, String country) {

        static AddressPart of(ShippingAddress address) {
            return new AddressPart(address.name(), address.line1(), address.line2(), address.postalCode(), address.city(),
                    address.country().value());
        }
    }

    /** A line of an order. */
    public record LinePart(String board, String revision, OfferKind kind, int quantity, long unitPriceMinor,
            long totalMinor) {
    }

    /** A message the store wrote to the person. */
    public record MailPart(Instant createdAt, String subject, String text, Mails.Status status,
            Optional<Instant> sentAt) {
    }

    private final AccountRecords accounts;
    private final Orders orders;
    private final Invoices invoices;
    private final Mails mails;
    private final Teams teams;
    private final Carts carts;
    private final Donations donations;
    private final Clock clock;

    PersonalData(AccountRecords accounts, Orders orders, Invoices invoices, Mails mails, Teams teams, Carts carts,
            Donations donations, Clock clock) {
        this.donations = donations;
        this.accounts = accounts;
        this.orders = orders;
        this.invoices = invoices;
        this.mails = mails;
        this.teams = teams;
        this.carts = carts;
        this.clock = clock;
    }

    /** What the store holds of the person (their own data only); not found for no account. */
    @Transactional(readOnly = true)
    public Export of(UUID person) {
        AccountRecords.AccountPart account = accounts.of(person);
        List<OrderPart> placed = orders.placedBy(person).stream().map(this::part).toList();
        List<MailPart> sent = accounts.addressesOf(person).stream().flatMap(address -> mails.to(address).stream())
                .map(m -> new MailPart(m.createdAt(), m.subject(), m.text(), m.status(), Optional.ofNullable(m.sentAt())))
                .sorted(java.util.Comparator.comparing(MailPart::createdAt)).toList();
        List<DonationPart> given = donations.givenBy(person).stream().map(DonationPart::of).toList();
        return new Export(clock.instant(), account, placed, given, sent);
    }

    private OrderPart part(Order order) {
        return new OrderPart(order.id(), order.placedAt(), order.status(), order.buyerType(), AddressPart.of(order.shippingAddress()),
                order.professional().map(Order.Professional::companyName),
                order.professional().map(Order.Professional::vatNumber),
                order.lines().stream().map(l -> new LinePart(l.boardName(), l.revisionLabel(), l.kind(), l.quantity(),
                        l.unitPriceMinor(), l.totalMinor())).toList(),
                order.total(), order.vatTotal(), order.payment().map(p -> p.at()), order.deliveredAt(), order.withdrawnAt(),
                invoices.invoiceOf(order.id()).map(Invoice::number),
                invoices.creditNotesOf(order.id()).stream().map(CreditNote::number).toList());
    }

    /**
     * Erases the person's account at their request, in one transaction, once their password is
     * checked (refused naming {@code password}). Refused (a conflict, nothing changed) while one of
     * their orders is in progress (neither delivered, cancelled, refunded nor withdrawn), while they
     * belong to a team (an administrator takes them off first), or when they are the last
     * administrator. Then: never-paid orders lose their shipping name and address, the cart is
     * emptied, donations whose money never came forget the donor (received ones stay whole), the
     * messages to any address the account had are deleted, and the account is anonymised
     * ({@link AccountRecords#erase}).
     */
    @Transactional
    public void erase(UUID person, String rawPassword) {
        accounts.lockForErasure(person, rawPassword);
        int running = orders.inProgressOf(person).size();
        if (running > 0) {
            throw new Conflict(Conflict.INVALID_STATE, "conflict.erasure.orderInProgress", running);
        }
        List<Team> memberOf = teams.of(person);
        if (!memberOf.isEmpty()) {
            throw new Conflict(Conflict.INVALID_STATE, "conflict.erasure.teamMember",
                    String.join(", ", memberOf.stream().map(Team::name).toList()));
        }
        orders.forgetBuyer(person);
        donations.forgetDonor(person);
        carts.empty(person);
        accounts.addressesOf(person).forEach(mails::forget);
        accounts.erase(person);
    }
}
