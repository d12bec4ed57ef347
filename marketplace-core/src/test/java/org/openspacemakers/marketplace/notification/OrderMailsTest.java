package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.PartTick;
import org.openspacemakers.marketplace.order.PaymentMethod;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.order.UnitTest;
import org.openspacemakers.marketplace.order.UnitTestEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The buyer is told of each step of their order in the language they ordered in, and the team
 * when the order needs it, by mails queued in the transaction of the order's own moves.
 */
@CoreTest
class OrderMailsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    Mails mails;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Listing listing;
    Credentials buyer;
    Credentials secondMaker;
    Orders.Actor admin;
    Orders.Actor maker;

    @BeforeEach
    void aTeamOfTwoMakers() {
        secondMaker = fixtures.user(Role.MAKER);
        listing = fixtures.approvedListing("FR");
        teams.addMember(listing.team().slug(), secondMaker.id());
        teams.changeCapacity(listing.maker().id(), listing.team().slug(), 20, 1);
        buyer = fixtures.user(Role.BUYER);
        admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        maker = Orders.Actor.person(listing.maker().id());
    }

    @Test
    void theBuyerGetsTheConfirmationInTheirLanguageWithTheLinesAndTheAccountToPayTo() {
        Order order = place(Locale.FRENCH);

        Mails.QueuedMail mail = mails.byKey("order:" + order.id() + ":AWAITING_PAYMENT").orElseThrow();
        assertThat(mail.recipient()).isEqualTo(buyer.email());
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Commande " + order.paymentReference() + " : confirmation");
        assertThat(mail.text()).contains("Bonjour Test BUYER,", "Merci pour votre commande " + order.paymentReference(),
                "- 2 x " + listing.board().name() + " (révision " + listing.revision().label() + "), kit complet : ",
                "\nLivraison (", "\nTotal : ", "par virement bancaire", "IBAN : ", "Référence : " + order.paymentReference(), "\n-- \n");
    }

    @Test
    void aPaidOrderIsToldToItsBuyerAndToEveryMemberOfTheTeamThenEachStepAndTheWithdrawalToTheBuyer() {
        Order order = place(Locale.ENGLISH);

        orders.confirmBankTransfer(order.id(), admin);

        assertThat(mails.byKey("order:" + order.id() + ":PAID").orElseThrow().text())
                .contains("We received your payment of €", "for order " + order.paymentReference());
        for (Credentials member : List.of(listing.maker(), secondMaker)) {
            Mails.QueuedMail mail = mails.byKey("order:" + order.id() + ":PAID:to:" + member.id()).orElseThrow();
            assertThat(mail.recipient()).isEqualTo(member.email());
            assertThat(mail.text()).contains("Order " + order.paymentReference() + " is paid",
                    "- 2 x " + listing.board().name() + " (revision " + listing.revision().label() + "), full kit");
        }

        orders.startAssembly(order.id(), maker);
        UnitTestEntry passed = new UnitTestEntry("1.0", UnitTest.Result.PASSED, "");
        fulfilment.recordUnit(order.id(), 0, passed, maker);
        fulfilment.recordUnit(order.id(), 0, passed, maker);
        orders.markTested(order.id(), maker);
        orders.ship(order.id(), "La Poste", "6A0001", maker);
        orders.deliver(order.id(), maker);
        orders.withdraw(order.id(), Orders.Actor.person(buyer.id()));

        assertThat(mails.byKey("order:" + order.id() + ":SHIPPED").orElseThrow().text())
                .contains("Carrier: La Poste\nTracking number: 6A0001");
        assertThat(mails.byKey("order:" + order.id() + ":DELIVERED").orElseThrow().text())
                .contains("you may withdraw from this purchase within 14 days of delivery");
        assertThat(mails.byKey("order:" + order.id() + ":WITHDRAWN").orElseThrow().text())
                .contains("We recorded your withdrawal from order " + order.paymentReference());
        assertThat(keysOf(order)).as("assembly and test are not the buyer's business").containsExactlyInAnyOrder(
                "order:" + order.id() + ":AWAITING_PAYMENT", "order:" + order.id() + ":PAID",
                "order:" + order.id() + ":PAID:to:" + listing.maker().id(), "order:" + order.id() + ":PAID:to:" + secondMaker.id(),
                "order:" + order.id() + ":SHIPPED", "order:" + order.id() + ":DELIVERED", "order:" + order.id() + ":WITHDRAWN");
    }

    @Test
    void eachHoldIsToldWithItsReasonAndARelease() {
        Order order = place(Locale.ENGLISH);
        orders.confirmBankTransfer(order.id(), admin);

        orders.hold(order.id(), "The amount paid differs from the total.", admin);
        orders.release(order.id(), admin);
        orders.hold(order.id(), "The approval of this board was suspended.", admin);

        assertThat(mailsTo(buyer)).anySatisfy(text -> assertThat(text).contains("Reason: The amount paid differs from the total."))
                .anySatisfy(text -> assertThat(text).contains("is no longer on hold"))
                .anySatisfy(text -> assertThat(text).contains("Reason: The approval of this board was suspended."));
        assertThat(keysOf(order)).filteredOn(key -> key.contains(":PAID")).as("paid once, told once").hasSize(3);
        assertThat(keysOf(order)).filteredOn(key -> key.contains(":ON_HOLD:")).hasSize(2);
    }

    @Test
    void anAssemblyOnlyBuyerIsToldToSendTheirPartsAndTheRestOfTheTeamWhenTheyAreIn() {
        Fixtures.AssemblyOnlyListing assemblyOnly = fixtures.approvedAssemblyOnlyListing("FR");
        teams.addMember(assemblyOnly.listing().team().slug(), secondMaker.id());
        Orders.Actor ticking = Orders.Actor.person(assemblyOnly.listing().maker().id());
        Order order = orders.confirmBankTransfer(place(assemblyOnly.assemblyOnly().id(), 1, Locale.FRENCH).id(), admin);

        assertThat(mails.byKey("order:" + order.id() + ":AWAITING_PARTS").orElseThrow().subject())
                .isEqualTo("Commande " + order.paymentReference() + " : en attente de vos composants");
        fulfilment.checkParts(order.id(), List.of(new PartTick(0, 0, PartCheck.Status.RECEIVED, "RC0603FR-0710KL", ""),
                new PartTick(0, 1, PartCheck.Status.RECEIVED, "MAX31856MUD+T", "")), ticking);

        assertThat(mails.byKey("order:" + order.id() + ":PARTS_RECEIVED:to:" + secondMaker.id()).orElseThrow().text())
                .contains("The parts for order " + order.paymentReference() + " were received");
        assertThat(mails.byKey("order:" + order.id() + ":PARTS_RECEIVED:to:" + assemblyOnly.listing().maker().id()))
                .as("the member who ticked them knows").isEmpty();
        assertThat(mails.byKey("order:" + order.id() + ":PARTS_RECEIVED")).as("the buyer is not told").isEmpty();
    }

    @Test
    void aMoveThatRollsBackLeavesNoMail() {
        Order order = place(Locale.ENGLISH);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            orders.cancel(order.id(), "Changed my mind", Orders.Actor.person(buyer.id()));
            assertThat(mails.byKey("order:" + order.id() + ":CANCELLED")).as("queued in the move's transaction").isPresent();
            status.setRollbackOnly();
        });

        assertThat(mails.byKey("order:" + order.id() + ":CANCELLED")).isEmpty();
        orders.cancel(order.id(), "Changed my mind", Orders.Actor.person(buyer.id()));
        assertThat(mails.byKey("order:" + order.id() + ":CANCELLED").orElseThrow().text()).contains("Reason: Changed my mind");
    }

    private Order place(Locale language) {
        return place(listing.fullKit().id(), 2, language);
    }

    private Order place(UUID offerId, int boards, Locale language) {
        CountryCode france = CountryCode.of("FR");
        return orders.place(new PlaceOrder(buyer.id(), UUID.randomUUID().toString(),
                List.of(new PlaceOrder.Line(offerId, boards)), france, BuyerType.CONSUMER,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france), Set.of(),
                PaymentMethod.BANK_TRANSFER, null, null, false, false, language)).order();
    }

    private List<String> keysOf(Order order) {
        return jdbc.queryForList("SELECT dedup_key FROM mail_outbox WHERE dedup_key LIKE ?", String.class,
                "order:" + order.id() + ":%");
    }

    private List<String> mailsTo(Credentials person) {
        return jdbc.queryForList("SELECT body_text FROM mail_outbox WHERE recipient = ?", String.class, person.email());
    }
}
