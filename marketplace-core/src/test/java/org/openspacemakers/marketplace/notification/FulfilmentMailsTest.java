package org.openspacemakers.marketplace.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.Reviews;
import org.openspacemakers.marketplace.compliance.RevisionRef;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.AssembledUnit;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.order.PartTick;
import org.openspacemakers.marketplace.order.PlaceOrder;
import org.openspacemakers.marketplace.order.Recalls;
import org.openspacemakers.marketplace.order.ShippingAddress;
import org.openspacemakers.marketplace.order.UnitTest;
import org.openspacemakers.marketplace.order.UnitTestEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the team's fulfilment finds reaches the buyer by mail, in the language they ordered in:
 * the parts the workshop could not accept and where to send them, and a recall's notice with what
 * to do with the boards.
 */
@CoreTest
class FulfilmentMailsTest {

    private static final UnitTestEntry PASSED = new UnitTestEntry("1.0", UnitTest.Result.PASSED, "");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Fulfilment fulfilment;
    @Autowired
    Recalls recalls;
    @Autowired
    Reviews reviews;
    @Autowired
    Mails mails;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBuyerIsToldInTheirLanguageWhichPartsTheWorkshopCouldNotAcceptAndWhereToSendThem() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        Credentials maker = listing.listing().maker();
        teams.moveWorkshop(maker.id(), listing.listing().team().slug(), "Atelier, 3 rue des Fers, 31000 Toulouse");
        Credentials buyer = fixtures.user(Role.BUYER);
        Order order = pay(place(buyer, listing.assemblyOnly().id(), Locale.FRENCH));

        fulfilment.checkParts(order.id(), List.of(new PartTick(0, 0, PartCheck.Status.RECEIVED, "", ""),
                new PartTick(0, 1, PartCheck.Status.MISSING, "", "pas dans le colis")), Orders.Actor.person(maker.id()));

        List<String> keys = jdbc.queryForList("SELECT dedup_key FROM mail_outbox WHERE dedup_key LIKE ?", String.class,
                "order:" + order.id() + ":PARTS_PROBLEM:%");
        assertThat(keys).hasSize(1);
        Mails.QueuedMail mail = mails.byKey(keys.get(0)).orElseThrow();
        assertThat(mail.recipient()).isEqualTo(buyer.email());
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Commande " + order.paymentReference() + " : composants manquants ou erronés à l'atelier");
        assertThat(mail.text()).contains("- U1 (MAX31856MUD+T) : manquant (pas dans le colis)")
                .contains("avec la référence " + order.paymentReference() + " sur le colis, à :\nAtelier, 3 rue des Fers, 31000 Toulouse")
                .doesNotContain("RC0603FR-0710KL");
    }

    @Test
    void eachBuyerWithUnitsOfARevokedRevisionIsToldWhatToDoInTheirLanguage() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Orders.Actor maker = Orders.Actor.person(listing.maker().id());
        Credentials delivered = fixtures.user(Role.BUYER);
        Credentials waiting = fixtures.user(Role.BUYER);
        Order shipped = orders.startAssembly(pay(place(delivered, listing.fullKit().id(), Locale.FRENCH)).id(), maker);
        AssembledUnit shippedUnit = fulfilment.recordUnit(shipped.id(), 0, PASSED, maker);
        orders.markTested(shipped.id(), maker);
        orders.ship(shipped.id(), "La Poste", "6A0001", maker);
        Order held = orders.startAssembly(pay(place(waiting, listing.fullKit().id(), Locale.ENGLISH)).id(), maker);
        AssembledUnit heldUnit = fulfilment.recordUnit(held.id(), 0, PASSED, maker);

        reviews.revoke(RevisionRef.of(listing.revision().id()), fixtures.user(Role.REVIEWER).id(), "surchauffe du régulateur");

        UUID recall = recalls.ofRevision(listing.revision().id()).orElseThrow().id();
        Mails.QueuedMail french = mails.byKey("recall:" + recall + ":order:" + shipped.id()).orElseThrow();
        assertThat(french.recipient()).isEqualTo(delivered.email());
        assertThat(french.subject()).isEqualTo("Rappel de " + listing.board().name() + " " + listing.revision().label()
                + " : votre commande " + shipped.paymentReference());
        assertThat(french.text()).contains("Motif : surchauffe du régulateur")
                .contains("Cessez dès maintenant d'utiliser la ou les cartes " + shippedUnit.serial());
        Mails.QueuedMail english = mails.byKey("recall:" + recall + ":order:" + held.id()).orElseThrow();
        assertThat(english.recipient()).isEqualTo(waiting.email());
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.text()).contains("The board(s) " + heldUnit.serial() + " assembled for you have not left the workshop");
    }

    private Order place(Credentials buyer, UUID offer, Locale language) {
        CountryCode france = CountryCode.of("FR");
        return orders.place(new PlaceOrder(buyer.id(), UUID.randomUUID().toString(), List.of(new PlaceOrder.Line(offer, 1)),
                france, BuyerType.CONSUMER, new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france),
                Set.of(), null, null, null, false, false, language)).order();
    }

    private Order pay(Order order) {
        return orders.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
    }
}
