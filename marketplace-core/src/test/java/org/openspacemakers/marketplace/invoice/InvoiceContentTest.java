package org.openspacemakers.marketplace.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.tax.VatTreatment;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an issued invoice holds, taken from the order and the configuration of the store (here
 * VAT-exempt, the default), and who may read its PDF: the order's buyer and administrators, no
 * one before the order is paid.
 */
@CoreTest
class InvoiceContentTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Teams teams;
    @Autowired
    Orders orders;
    @Autowired
    Invoices invoices;

    @Test
    void anInvoiceFreezesTheOrderTheSellerAndTheMentionsAndItsPdfSaysSo() throws Exception {
        Order order = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);
        PaidOrderFixtures.pay(fixtures, orders, order);

        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        assertThat(invoice.number()).matches("\\d{4}-\\d{6}");
        assertThat(invoice.total()).as("the boards and their shipping").isEqualTo(order.total()).isEqualTo(Money.euros(3_190));
        assertThat(invoice.vatTotal()).isEqualTo(Money.euros(0));
        assertThat(invoice.buyerId()).isEqualTo(order.buyerId());
        assertThat(invoice.buyerType()).isEqualTo(BuyerType.CONSUMER);
        assertThat(invoice.buyerName()).isEqualTo("Ada Lovelace");
        assertThat(invoice.buyerAddress()).containsExactly("1 rue de la Paix", "Bâtiment B", "75002 Paris");
        assertThat(invoice.sellerName()).isEqualTo("Open Space Makers");
        assertThat(invoice.sellerVatNumber()).as("VAT-exempt").isEmpty();
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(1).description()).startsWith("Expédition / Shipping");
        assertThat(invoice.lines().get(1).unitPriceMinor()).isEqualTo(order.shipping().amountMinor());
        assertThat(invoice.lines()).first().satisfies(line -> {
            assertThat(line.vatTreatment()).isEqualTo(VatTreatment.FRANCHISE);
            assertThat(line.description()).contains(order.lines().get(0).boardName(), "carte assemblée");
        });
        assertThat(invoice.mentions()).contains("TVA non applicable, art. 293 B du CGI", InvoiceMentions.GUARANTEE);
        assertThat(invoice.mentions()).anySatisfy(mention -> assertThat(mention)
                .contains("Identifiants uniques REP", "DEEE FR000000_05TEST", "emballages FR000000_01TEST"));

        DocumentFile pdf = invoices.invoicePdf(order.id(), order.buyerId(), false).orElseThrow();
        assertThat(pdf.fileName()).isEqualTo("facture-" + invoice.number() + ".pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.content())))
                .isEqualTo(invoice.pdfSha256());
        assertThat(PdfText.of(pdf.content())).containsIgnoringWhitespaces("FACTURE / INVOICE n° " + invoice.number(),
                "Open Space Makers", "Ada Lovelace", "Total 31,90 €", "Expédition / Shipping", "TVA non applicable, art. 293 B du CGI",
                "Garantie légale de conformité", "DEEE FR000000_05TEST", "référence " + order.paymentReference());
    }

    @Test
    void onlyTheBuyerAndAdministratorsReadAnInvoiceAndOnlyOnceTheOrderIsPaid() {
        Order order = PaidOrderFixtures.orders(fixtures, teams, orders, 1).get(0);
        assertThat(invoices.invoicePdf(order.id(), order.buyerId(), false)).as("before payment").isEmpty();
        assertThat(invoices.documentsOf(order.id()).invoiceNumber()).isEmpty();

        PaidOrderFixtures.pay(fixtures, orders, order);

        assertThat(invoices.invoicePdf(order.id(), order.buyerId(), false)).isPresent();
        assertThat(invoices.invoicePdf(order.id(), fixtures.user(Role.ADMIN).id(), true)).isPresent();
        assertThat(invoices.invoicePdf(order.id(), fixtures.user(Role.BUYER).id(), false)).as("another buyer").isEmpty();
        assertThat(invoices.invoicePdf(order.id(), order.lines().get(0).teamId(), false)).isEmpty();
        assertThat(invoices.documentsOf(order.id()).invoiceNumber()).contains(invoices.invoiceOf(order.id()).orElseThrow().number());
    }
}
