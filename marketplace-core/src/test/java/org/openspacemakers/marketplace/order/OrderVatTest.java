package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.catalog.BoardQueries;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.VatNumber;
import org.openspacemakers.marketplace.compliance.VatNumberCheck;
import org.openspacemakers.marketplace.coretest.CoreTest;
import org.openspacemakers.marketplace.coretest.FranceOpenForSale;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.invoice.DocumentLine;
import org.openspacemakers.marketplace.invoice.Invoice;
import org.openspacemakers.marketplace.invoice.Invoices;
import org.openspacemakers.marketplace.tax.VatRates;
import org.openspacemakers.marketplace.tax.VatRegime;
import org.openspacemakers.marketplace.tax.VatRules;
import org.openspacemakers.marketplace.tax.VatTreatment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An order keeps the VAT of each line as the VAT rules set it when it was placed, and of its
 * shipping, taxed like its goods; its invoice and its quote say the same VAT: nothing while
 * the association is VAT-exempt (the store's default, {@link Orders} as configured), the French
 * VAT contained in the price once registered ({@link Orders} built here with registered rules, on
 * the same database).
 */
@CoreTest
class OrderVatTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Orders orders;
    @Autowired
    OrderRepository repository;
    @Autowired
    BoardQueries catalog;
    @Autowired
    Teams teams;
    @Autowired
    PlacementWaits waits;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    VatNumberCheck vatNumbers;
    @Autowired
    OrderSettings settings;
    @Autowired
    EntityManager entityManager;
    @Autowired
    FulfilmentRecords records;
    @Autowired
    Clock clock;

    @Test
    void anExemptAssociationsOrderCarriesNoVat() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");

        Order order = orders.place(OrderRequests.boards(fixtures.user(Role.BUYER).id(), OrderRequests.key(),
                listing.fullKit().id(), 2)).order();

        Order stored = repository.findById(order.id()).orElseThrow();
        assertThat(new Money(stored.total().amountMinor() - stored.shipping().amountMinor(), stored.total().currency()))
                .as("the boards, besides their shipping").isEqualTo(Money.euros(5_000));
        assertThat(stored.vatTotal()).isEqualTo(Money.euros(0));
        assertThat(stored.lines()).singleElement().satisfies(line -> {
            assertThat(line.vatTreatment()).isEqualTo(VatTreatment.FRANCHISE);
            assertThat(line.vatRateBasisPoints()).isZero();
            assertThat(line.unitPriceMinor()).isEqualTo(2_500);
        });
        orders.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));
        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        assertThat(invoice.lines()).extracting(DocumentLine::vatTreatment).as("the boards and their shipping")
                .containsExactly(VatTreatment.FRANCHISE, VatTreatment.FRANCHISE);
        assertThat(invoice.vatTotal()).isEqualTo(stored.vatTotal());
        assertThat(invoice.mentions()).anySatisfy(mention -> assertThat(mention).contains("TVA non applicable, art. 293 B du CGI"));
    }

    @Test
    void aRegisteredAssociationsOrderKeepsTheFrenchVatInItsPriceLineByLine() {
        Orders registered = registeredOrders();
        Fixtures.Listing listing = fixtures.approvedListing("FR");

        Order order = registered.place(OrderRequests.boards(fixtures.user(Role.BUYER).id(), OrderRequests.key(),
                listing.fullKit().id(), 2)).order();

        Order stored = repository.findById(order.id()).orElseThrow();
        assertThat(new Money(stored.total().amountMinor() - stored.shipping().amountMinor(), stored.total().currency())).as("tax-inclusive prices")
                .as("the boards, besides their shipping").isEqualTo(Money.euros(5_000));
        assertThat(stored.shippingVat().vat()).as("6.90 x 20/120").isEqualTo(Money.euros(115));
        assertThat(stored.vatTotal()).as("the boards' 50.00 x 20/120 and their shipping's").isEqualTo(Money.euros(833 + 115));
        assertThat(stored.lines()).singleElement().satisfies(line -> {
            assertThat(line.vatTreatment()).isEqualTo(VatTreatment.HOME_RATE);
            assertThat(line.vatRateBasisPoints()).isEqualTo(2000);
            assertThat(line.vatMinor()).isEqualTo(833);
            assertThat(stored.vat(line)).isEqualTo(Money.euros(833));
        });
    }

    @Test
    void aProfessionalBuyingInFrancePaysFrenchVatToo() {
        Orders registered = registeredOrders();
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        CountryCode france = CountryCode.of("FR");

        Order order = registered.place(new PlaceOrder(fixtures.user(Role.BUYER).id(), OrderRequests.key(),
                List.of(new PlaceOrder.Line(listing.fullKit().id(), 1)), france, BuyerType.PROFESSIONAL,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france), Set.of(), null,
                new BuyingCompany("Atelier Ada", VatNumber.parse("FR40303265045").orElseThrow()))).order();

        Order stored = repository.findById(order.id()).orElseThrow();
        assertThat(stored.lines()).singleElement().satisfies(line -> {
            assertThat(line.vatTreatment()).isEqualTo(VatTreatment.HOME_RATE);
            assertThat(line.vatMinor()).as("25.00 x 20/120").isEqualTo(417);
        });
        assertThat(new Money(stored.total().amountMinor() - stored.shipping().amountMinor(), stored.total().currency()))
                .as("the boards, besides their shipping").isEqualTo(Money.euros(2_500));
    }

    /**
     * Its invoice, once paid, has the shipping as a line of its own bearing the goods' VAT (an
     * accessory cost), so that the invoice adds up to what the buyer paid.
     */
    @Test
    void aRegisteredAssociationsInvoiceTaxesTheShippingLikeTheGoods() {
        Orders registered = registeredOrders();
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        Order order = registered.place(OrderRequests.boards(fixtures.user(Role.BUYER).id(), OrderRequests.key(),
                listing.fullKit().id(), 2)).order();

        registered.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));

        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        assertThat(invoice.total()).isEqualTo(Money.euros(5_000).plus(FranceOpenForSale.STANDARD));
        assertThat(invoice.lines()).extracting(DocumentLine::vatRateBasisPoints).containsExactly(2000, 2000);
        assertThat(invoice.lines()).extracting(DocumentLine::vatMinor).as("50.00 and 6.90 x 20/120").containsExactly(833L, 115L);
        assertThat(invoice.vatTotal()).isEqualTo(Money.euros(948));
        assertThat(order.vatTotal()).as("what the order said at placement").isEqualTo(invoice.vatTotal());
    }

    /** The checkout's summary says the VAT the order will contain, the shipping's included, and prices it as placing does. */
    @Test
    void aRegisteredAssociationsQuoteGivesTheVatOfTheOrderItPrices() {
        Fixtures.Listing listing = fixtures.approvedListing("FR");
        List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(listing.fullKit().id(), 2));

        OrderQuote quote = registeredQuotes().quote(lines, CountryCode.of("FR"), null, BuyerType.CONSUMER, null);
        Order order = registeredOrders().place(OrderRequests.boards(fixtures.user(Role.BUYER).id(), OrderRequests.key(),
                listing.fullKit().id(), 2)).order();

        assertThat(quote.total()).contains(order.total());
        assertThat(quote.vat()).hasValueSatisfying(vat -> {
            assertThat(vat.amount()).isEqualTo(order.vatTotal()).isEqualTo(Money.euros(948));
            assertThat(vat.treatments()).containsExactly(VatTreatment.HOME_RATE);
            assertThat(vat.mentioned()).isEmpty();
        });
        assertThat(registeredQuotes().quote(lines, null, null, BuyerType.CONSUMER, null).vat())
                .as("no destination, no VAT known yet").isEmpty();
        assertThat(quotes.quote(lines, CountryCode.of("FR"), null).vat()).as("the store as configured: exempt")
                .hasValueSatisfying(vat -> {
                    assertThat(vat.amount()).isEqualTo(Money.euros(0));
                    assertThat(vat.mentioned()).containsExactly(VatTreatment.FRANCHISE);
                });
    }

    /**
     * Assembly for a company established in another member state is reverse-charged, and its
     * shipping with it: no VAT on the order, its invoice or its quote, which all say why.
     */
    @Test
    void aReverseChargedOrdersShippingBearsNoVatEither() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(listing.assemblyOnly().id(), 1));
        VatNumber german = VatNumber.parse("DE123456789").orElseThrow();

        OrderQuote quote = registeredQuotes().quote(lines, CountryCode.of("FR"), null, BuyerType.PROFESSIONAL, german);
        Orders registered = registeredOrders();
        Order order = registered.place(professionalsOrder(lines, german)).order();
        registered.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));

        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.vatTreatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
            assertThat(line.unitPriceMinor()).as("15.00 without its 2.50 of French VAT").isEqualTo(1_250);
        });
        assertThat(order.total()).as("the shipping at its price").isEqualTo(Money.euros(1_250).plus(FranceOpenForSale.STANDARD));
        assertThat(order.vatTotal()).isEqualTo(Money.euros(0));
        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        assertThat(invoice.lines()).extracting(DocumentLine::vatTreatment)
                .containsExactly(VatTreatment.REVERSE_CHARGE, VatTreatment.REVERSE_CHARGE);
        assertThat(invoice.vatTotal()).isEqualTo(order.vatTotal());
        assertThat(invoice.mentions()).anySatisfy(mention -> assertThat(mention).contains("Autoliquidation"));
        assertThat(quote.total()).contains(order.total());
        assertThat(quote.lines()).singleElement().satisfies(line -> assertThat(line.unitPrice()).isEqualTo(Money.euros(1_250)));
        assertThat(quote.vat()).hasValueSatisfying(vat -> {
            assertThat(vat.amount()).isEqualTo(Money.euros(0));
            assertThat(vat.mentioned()).containsExactly(VatTreatment.REVERSE_CHARGE);
        });
    }

    /** Goods taxed in France beside a reverse-charged assembly: the shipping takes the goods' 20 %. */
    @Test
    void aMixedOrdersShippingIsTaxedAtItsGoodsHighestRate() {
        Fixtures.AssemblyOnlyListing listing = fixtures.approvedAssemblyOnlyListing("FR");
        List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(listing.assemblyOnly().id(), 1),
                new PlaceOrder.Line(listing.listing().fullKit().id(), 1));
        VatNumber german = VatNumber.parse("DE123456789").orElseThrow();

        OrderQuote quote = registeredQuotes().quote(lines, CountryCode.of("FR"), null, BuyerType.PROFESSIONAL, german);
        Orders registered = registeredOrders();
        Order order = registered.place(professionalsOrder(lines, german)).order();
        registered.confirmBankTransfer(order.id(), Orders.Actor.administrator(fixtures.user(Role.ADMIN).id()));

        assertThat(order.lines()).extracting(OrderLine::vatTreatment).containsExactly(VatTreatment.REVERSE_CHARGE,
                VatTreatment.HOME_RATE);
        assertThat(order.shippingVat().treatment()).isEqualTo(VatTreatment.HOME_RATE);
        assertThat(order.vatTotal()).as("the full kit's 25.00 x 20/120 and the shipping's 6.90 x 20/120")
                .isEqualTo(Money.euros(417 + 115));
        Invoice invoice = invoices.invoiceOf(order.id()).orElseThrow();
        assertThat(invoice.total()).isEqualTo(order.total());
        assertThat(invoice.vatTotal()).isEqualTo(order.vatTotal());
        assertThat(quote.vat()).hasValueSatisfying(vat -> {
            assertThat(vat.amount()).isEqualTo(order.vatTotal());
            assertThat(vat.mentioned()).containsExactly(VatTreatment.REVERSE_CHARGE);
        });
    }

    private PlaceOrder professionalsOrder(List<PlaceOrder.Line> lines, VatNumber vatNumber) {
        CountryCode france = CountryCode.of("FR");
        return new PlaceOrder(fixtures.user(Role.BUYER).id(), OrderRequests.key(), lines, france, BuyerType.PROFESSIONAL,
                new ShippingAddress("Ada Lovelace", "1 rue de la Paix", "", "75002", "Paris", france), Set.of(), null,
                new BuyingCompany("Ada GmbH", vatNumber));
    }

    @Autowired
    Invoices invoices;
    @Autowired
    org.openspacemakers.marketplace.shipping.ShippingRates shippingRates;
    @Autowired
    org.openspacemakers.marketplace.catalog.Stock stock;

    @Autowired
    OrderQuotes quotes;
    @Autowired
    AssemblyQueue queue;
    @Autowired
    DonationRule donationRule;

    /** The store's {@link Orders} on the same beans, but for an association registered for VAT. */
    private Orders registeredOrders() {
        return new Orders(repository, catalog, teams, waits, transactions, vatNumbers, settings, entityManager,
                registeredRules(), shippingRates, records, stock, clock, queue, donationRule);
    }

    /** The store's {@link OrderQuotes}, but for an association registered for VAT. */
    private OrderQuotes registeredQuotes() {
        return new OrderQuotes(catalog, teams, shippingRates, registeredRules(), queue);
    }

    private VatRules registeredRules() {
        VatRates rates = VatRates.parse(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/tax/vat-rates.csv")), StandardCharsets.UTF_8));
        return new VatRules(VatRegime.VAT_REGISTERED, false, rates);
    }
}
