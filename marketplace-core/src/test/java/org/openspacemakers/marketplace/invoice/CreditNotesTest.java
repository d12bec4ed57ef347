package org.openspacemakers.marketplace.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.Race;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.OrderStatus;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A refund issues a credit note, numbered without gaps, and never touches the invoice it credits. */
@CoreTest
class CreditNotesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Invoices invoices;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWholeRefundCreditsTheInvoicesLinesAndLeavesTheInvoiceAsIssued() {
        Order order = paidOrder();
        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        byte[] issued = invoices.invoicePdf(order.id(), order.buyerId(), false).orElseThrow().content();
        UUID admin = fixtures.user(Role.ADMIN).id();

        CreditNote note = creditNote(order, invoice.total(), "Commande annulée par l'acheteur", admin);

        assertThat(note.number()).matches("AV-" + invoice.issueYear() + "-\\d{6}");
        assertThat(note.total()).as("the boards and their shipping").isEqualTo(Money.euros(3_190));
        assertThat(note.invoiceId()).isEqualTo(invoice.id());
        assertThat(note.issuedBy()).contains(admin);
        assertThat(note.lines()).as("the board's line and the shipping's").hasSize(2).first().satisfies(line -> {
            assertThat(line.description()).startsWith("Remboursement / Refund : ").contains(invoice.lines().get(0).description());
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.unitPriceMinor()).isEqualTo(2_500);
        });
        assertThat(invoices.invoicePdf(order.id(), order.buyerId(), false).orElseThrow().content()).isEqualTo(issued);
        assertThat(invoices.invoiceOf(order.id()).orElseThrow().total()).isEqualTo(Money.euros(3_190));
        assertThat(invoices.creditable(order.id())).isEqualTo(Money.euros(0));
        assertThat(invoices.documentsOf(order.id()).creditNotes()).containsExactly(note.number());
        String text = PdfText.of(invoices.creditNotePdf(order.id(), note.number(), order.buyerId(), false).orElseThrow().content());
        assertThat(text).containsIgnoringWhitespaces("AVOIR / CREDIT NOTE n° " + note.number(), invoice.number(),
                "Commande annulée par l'acheteur", "25,00 €", "TVA non applicable, art. 293 B du CGI");
    }

    @Test
    void anOrderPaidWhileOnHoldIsInvoicedAtOnceAndItsRefundWithoutReleaseIsCredited() {
        Order placed = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());
        orders.hold(placed.id(), "Adresse de livraison à vérifier", admin);

        Order paid = orders.confirmBankTransfer(placed.id(), admin);
        assertThat(paid.status()).isEqualTo(OrderStatus.ON_HOLD);
        Invoice invoice = invoices.invoiceOf(placed.id()).orElseThrow();
        assertThat(invoice.total()).isEqualTo(placed.total());

        assertThat(orders.refund(placed.id(), placed.total(), "Livraison impossible", admin).status())
                .isEqualTo(OrderStatus.REFUNDED);

        assertThat(invoices.creditNotesOf(placed.id())).singleElement()
                .satisfies(note -> assertThat(note.total()).isEqualTo(invoice.total()));
    }

    @Test
    void partialRefundsFollowEachOtherUpToTheInvoicesTotalAndNoFurther() {
        Order order = paidOrder();

        CreditNote first = creditNote(order, Money.euros(1_000), "Connecteur manquant", null);
        long before = lastNumber(first.number());
        assertThatThrownBy(() -> creditNote(order, Money.euros(2_191), "Trop", null))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("amount");
                    assertThat(refused.problems().get(0).arguments()).containsExactly("21.90");
                });
        CreditNote rest = creditNote(order, Money.euros(2_190), "Retour du reste", null);

        assertThat(first.total()).isEqualTo(Money.euros(1_000));
        assertThat(rest.total()).isEqualTo(Money.euros(2_190));
        assertThat(rest.lines()).singleElement().satisfies(line -> assertThat(line.description()).isEqualTo("Remboursement / Refund"));
        assertThat(lastNumber(rest.number())).as("the refused refund took no number").isEqualTo(before + 1);
        assertThat(invoices.creditable(order.id())).isEqualTo(Money.euros(0));
        assertThatThrownBy(() -> creditNote(order, Money.euros(1), "Encore", null)).isInstanceOf(InvalidInput.class);
        assertThat(invoices.documentsOf(order.id()).creditNotes()).containsExactly(first.number(), rest.number());
    }

    /**
     * Both read what was credited under the series' lock, as committed: the second finds too little
     * left. Checked to fail with that read made without its lock (from the transaction's snapshot).
     */
    @Test
    void twoRefundsAtOnceNeverCreditMoreThanTheInvoice() throws Exception {
        Order order = paidOrder();

        List<Race.Outcome<CreditNote>> outcomes = Race.run(List.<Callable<CreditNote>>of(
                () -> creditNote(order, Money.euros(2_000), "Premier", null),
                () -> creditNote(order, Money.euros(2_000), "Second", null)));

        assertThat(outcomes).as(Race.describe(outcomes)).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .singleElement().satisfies(outcome -> assertThat(outcome.failure()).isInstanceOf(InvalidInput.class));
        assertThat(invoices.creditable(order.id())).as("31.90 paid, 20.00 credited").isEqualTo(Money.euros(1_190));
    }

    @Test
    void anOrderNeverPaidHasNothingToCreditAndAReasonIsRequired() {
        Order unpaid = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);
        Order paid = paidOrder();

        assertThatThrownBy(() -> creditNote(unpaid, Money.euros(100), "Rien", null)).isInstanceOf(OrderNotInvoiced.class);
        assertThatThrownBy(() -> creditNote(paid, Money.euros(100), " ", null))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> creditNote(paid, Money.euros(0), "Zéro", null))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("amount"));
        assertThat(invoices.documentsOf(paid.id()).creditNotes()).isEmpty();
    }

    @Test
    void aRefundRecordedOnTheOrderIssuesItsCreditNoteInTheSameTransaction() {
        Order order = paidOrder();
        Orders.Actor admin = Orders.Actor.administrator(fixtures.user(Role.ADMIN).id());

        orders.refund(order.id(), Money.euros(1_000), "Connecteur manquant", admin);
        Order refunded = orders.refund(order.id(), Money.euros(2_190), "Retour", admin);

        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(invoices.creditNotesOf(order.id())).extracting(CreditNote::total)
                .containsExactly(Money.euros(1_000), Money.euros(2_190));
        assertThat(invoices.creditNotesOf(order.id())).extracting(CreditNote::reason).containsExactly("Connecteur manquant", "Retour");
        assertThat(invoices.creditNotesOf(order.id()).get(0).issuedBy()).contains(admin.id());
        assertThat(invoices.creditable(order.id())).isEqualTo(Money.euros(0));
    }

    private CreditNote creditNote(Order order, Money amount, String reason, UUID actor) {
        return new TransactionTemplate(transactions).execute(status -> invoices.creditNote(order.id(), amount, reason, actor));
    }

    private Order paidOrder() {
        Order order = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);
        PaidOrderFixtures.pay(fixtures, orders, order);
        return order;
    }

    private long lastNumber(String creditNote) {
        return jdbc.queryForObject("SELECT last_seq FROM document_counters WHERE series = 'CREDIT_NOTE' AND issue_year = ?",
                Long.class, Integer.parseInt(creditNote.substring(3, 7)));
    }
}
