package org.openspacemakers.marketplace.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.VatCategory;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.VatNumber;

/** Each case of the VAT rule, on the rates table the store ships. */
class VatRulesTest {

    private static final VatRates RATES = shippedRates();
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final CountryCode HU = CountryCode.of("HU");
    private static final CountryCode CH = CountryCode.of("CH");
    private static final Money PRICE = Money.euros(12_000);

    private final VatRules exempt = new VatRules(VatRegime.VAT_EXEMPT, true, RATES);
    private final VatRules belowThreshold = new VatRules(VatRegime.VAT_REGISTERED, false, RATES);
    private final VatRules aboveThreshold = new VatRules(VatRegime.VAT_REGISTERED, true, RATES);

    @Test
    void anExemptAssociationChargesNoVatToAnyoneAndNamesTheFranchise() {
        for (VatBuyer buyer : new VatBuyer[] {VatBuyer.consumer(), professional("DE123456789")}) {
            VatLine line = exempt.line(Supply.GOODS, VatCategory.STANDARD, DE, buyer, PRICE, 2);

            assertThat(line.treatment()).isEqualTo(VatTreatment.FRANCHISE);
            assertThat(line.rateBasisPoints()).isZero();
            assertThat(line.vat()).isEqualTo(Money.euros(0));
            assertThat(line.total()).as("the offer's price, whoever buys").isEqualTo(Money.euros(24_000));
        }
        assertThat(VatTreatment.FRANCHISE.mention()).contains("TVA non applicable, art. 293 B du CGI");
    }

    @Test
    void aConsumerInFrancePaysThePriceWithFrenchVatInIt() {
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR, VatBuyer.consumer(), PRICE, 2);

        assertThat(line.treatment()).isEqualTo(VatTreatment.HOME_RATE);
        assertThat(line.rateBasisPoints()).isEqualTo(2000);
        assertThat(line.total()).isEqualTo(Money.euros(24_000));
        assertThat(line.vat()).as("240.00 x 20/120").isEqualTo(Money.euros(4_000));
        assertThat(line.net()).isEqualTo(Money.euros(20_000));
        assertThat(line.treatment().mention()).isEmpty();
    }

    @Test
    void theReducedCategoryTakesTheReducedRate() {
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.REDUCED, FR, VatBuyer.consumer(), Money.euros(10_550), 1);

        assertThat(line.rateBasisPoints()).isEqualTo(550);
        assertThat(line.vat()).as("105.50 x 5.5/105.5").isEqualTo(Money.euros(550));
    }

    @Test
    void vatIsRoundedHalfUpToTheCentOnTheLinesTotal() {
        assertThat(VatRules.contained(1_000, 2000)).as("10.00 x 20/120 = 1.666...").isEqualTo(167);
        assertThat(VatRules.contained(105, 500)).as("1.05 x 5/105 = 0.05").isEqualTo(5);
        assertThat(VatRules.contained(21, 2000)).as("0.21 x 20/120 = 0.035").isEqualTo(4);
        assertThat(VatRules.contained(3, 2000)).as("0.03 x 20/120 = 0.005").isEqualTo(1);
        assertThat(VatRules.contained(2, 2000)).as("0.02 x 20/120 = 0.0033").isZero();
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR, VatBuyer.consumer(), Money.euros(1_000), 3);
        assertThat(line.vat()).as("on 30.00, not three times on 10.00").isEqualTo(Money.euros(500));
    }

    @Test
    void aConsumerInAnotherMemberStatePaysFrenchVatBelowTheThreshold() {
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, HU, VatBuyer.consumer(), PRICE, 1);

        assertThat(line.treatment()).isEqualTo(VatTreatment.HOME_RATE);
        assertThat(line.rateBasisPoints()).isEqualTo(2000);
        assertThat(line.vat()).isEqualTo(Money.euros(2_000));
    }

    @Test
    void aConsumerInAnotherMemberStatePaysTheSamePriceWithItsStatesVatAboveTheThreshold() {
        VatLine hungary = aboveThreshold.line(Supply.GOODS, VatCategory.STANDARD, HU, VatBuyer.consumer(), PRICE, 1);
        VatLine germany = aboveThreshold.line(Supply.GOODS, VatCategory.REDUCED, DE, VatBuyer.consumer(), Money.euros(10_700), 1);

        assertThat(hungary.treatment()).isEqualTo(VatTreatment.DESTINATION_RATE);
        assertThat(hungary.rateBasisPoints()).isEqualTo(2700);
        assertThat(hungary.total()).as("prices are tax-inclusive").isEqualTo(PRICE);
        assertThat(hungary.vat()).as("120.00 x 27/127 = 25.511").isEqualTo(Money.euros(2_551));
        assertThat(germany.rateBasisPoints()).isEqualTo(700);
        assertThat(germany.vat()).isEqualTo(Money.euros(700));
        assertThat(aboveThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR, VatBuyer.consumer(), PRICE, 1).rateBasisPoints())
                .as("France stays French").isEqualTo(2000);
    }

    @Test
    void aVerifiedProfessionalInAnotherMemberStateBuysGoodsWithoutVatAsAnIntraCommunitySupply() {
        for (VatRules rules : new VatRules[] {belowThreshold, aboveThreshold}) {
            VatLine line = rules.line(Supply.GOODS, VatCategory.STANDARD, DE, professional("DE123456789"), PRICE, 2);

            assertThat(line.treatment()).isEqualTo(VatTreatment.INTRA_EU_SUPPLY);
            assertThat(line.rateBasisPoints()).isZero();
            assertThat(line.vat()).isEqualTo(Money.euros(0));
            assertThat(line.unitPrice()).as("the price without the French VAT in it").isEqualTo(Money.euros(10_000));
            assertThat(line.total()).isEqualTo(Money.euros(20_000));
        }
        assertThat(VatTreatment.INTRA_EU_SUPPLY.mention().orElseThrow()).contains("article 262 ter I du CGI");
    }

    @Test
    void assemblyForAVerifiedProfessionalInAnotherMemberStateIsReverseCharged() {
        VatLine line = belowThreshold.line(Supply.WORK_ON_GOODS, VatCategory.STANDARD, FR, professional("BE0123456789"), PRICE, 1);

        assertThat(line.treatment()).as("a service is taxed where the business is established, wherever it is shipped")
                .isEqualTo(VatTreatment.REVERSE_CHARGE);
        assertThat(line.unitPrice()).isEqualTo(Money.euros(10_000));
        assertThat(line.vat()).isEqualTo(Money.euros(0));
        assertThat(line.treatment().mention()).contains("Autoliquidation — article 196 de la directive 2006/112/CE");
    }

    @Test
    void aProfessionalInFrancePaysFrenchVat() {
        VatLine goods = aboveThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR, professional("FR40303265045"), PRICE, 1);
        VatLine assembly = aboveThreshold.line(Supply.WORK_ON_GOODS, VatCategory.STANDARD, DE, professional("FR40303265045"), PRICE, 1);
        VatLine foreignCompanyShippedToFrance = aboveThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR,
                professional("DE123456789"), PRICE, 1);

        for (VatLine line : new VatLine[] {goods, assembly, foreignCompanyShippedToFrance}) {
            assertThat(line.treatment()).isEqualTo(VatTreatment.HOME_RATE);
            assertThat(line.rateBasisPoints()).isEqualTo(2000);
            assertThat(line.vat()).isEqualTo(Money.euros(2_000));
        }
    }

    @Test
    void assemblyForAConsumerIsTaxedInFranceWhereItIsDoneWhateverTheThreshold() {
        VatLine line = aboveThreshold.line(Supply.WORK_ON_GOODS, VatCategory.STANDARD, HU, VatBuyer.consumer(), PRICE, 1);

        assertThat(line.treatment()).isEqualTo(VatTreatment.HOME_RATE);
        assertThat(line.rateBasisPoints()).isEqualTo(2000);
    }

    @Test
    void goodsLeavingTheUnionAreExportedWithoutVat() {
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, CH, VatBuyer.consumer(), PRICE, 1);

        assertThat(line.treatment()).isEqualTo(VatTreatment.EXPORT);
        assertThat(line.vat()).isEqualTo(Money.euros(0));
        assertThat(line.unitPrice()).isEqualTo(Money.euros(10_000));
        assertThat(line.treatment().mention().orElseThrow()).contains("article 262 I du CGI");
    }

    @Test
    void aGreekVatNumberEstablishesTheBuyerInGreece() {
        VatLine line = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, CountryCode.of("GR"), professional("EL123456789"), PRICE, 1);

        assertThat(line.treatment()).isEqualTo(VatTreatment.INTRA_EU_SUPPLY);
    }

    /**
     * Shipping is taxed like the goods it carries, whichever way they are taxed: the highest of
     * their rates with its treatment, the VAT contained in the shipping price, rounded half up.
     */
    @Test
    void shippingTakesTheTreatmentAndHighestRateOfTheGoodsItCarries() {
        Money shipping = Money.euros(690);
        VatLine reduced = belowThreshold.line(Supply.GOODS, VatCategory.REDUCED, FR, VatBuyer.consumer(), Money.euros(10_550), 1);
        VatLine standard = belowThreshold.line(Supply.GOODS, VatCategory.STANDARD, FR, VatBuyer.consumer(), PRICE, 1);
        VatLine hungarian = aboveThreshold.line(Supply.GOODS, VatCategory.STANDARD, HU, VatBuyer.consumer(), PRICE, 1);
        VatLine hungarianWork = aboveThreshold.line(Supply.WORK_ON_GOODS, VatCategory.STANDARD, HU, VatBuyer.consumer(), PRICE, 1);
        VatLine reverseCharged = belowThreshold.line(Supply.WORK_ON_GOODS, VatCategory.STANDARD, FR, professional("BE0123456789"),
                PRICE, 1);
        VatLine franchise = exempt.line(Supply.GOODS, VatCategory.STANDARD, FR, VatBuyer.consumer(), PRICE, 1);

        VatLine atHome = VatRules.shipping(shipping, List.of(reduced, standard));
        assertThat(atHome.treatment()).isEqualTo(VatTreatment.HOME_RATE);
        assertThat(atHome.rateBasisPoints()).as("the highest of the goods' rates").isEqualTo(2000);
        assertThat(atHome.vat()).as("6.90 x 20/120 = 1.15").isEqualTo(Money.euros(115));
        assertThat(atHome.total()).isEqualTo(shipping);
        VatLine abroad = VatRules.shipping(shipping, List.of(hungarianWork, hungarian));
        assertThat(abroad.treatment()).isEqualTo(VatTreatment.DESTINATION_RATE);
        assertThat(abroad.vat()).as("6.90 x 27/127 = 1.467").isEqualTo(Money.euros(147));
        assertThat(VatRules.shipping(Money.euros(15), List.of(standard)).vat()).as("0.15 x 20/120 = 0.025, half up")
                .isEqualTo(Money.euros(3));
        for (VatLine zeroRated : new VatLine[] {reverseCharged, franchise}) {
            VatLine free = VatRules.shipping(shipping, List.of(zeroRated));
            assertThat(free.treatment()).isEqualTo(zeroRated.treatment());
            assertThat(free.vat()).isEqualTo(Money.euros(0));
            assertThat(free.total()).as("the price as quoted, not without a VAT it never bore").isEqualTo(shipping);
        }
        VatLine mixed = VatRules.shipping(shipping, List.of(reverseCharged, standard));
        assertThat(mixed.treatment()).as("the taxed goods' treatment over the reverse-charged assembly's")
                .isEqualTo(VatTreatment.HOME_RATE);
        assertThat(mixed.vat()).isEqualTo(Money.euros(115));
    }

    private static VatBuyer professional(String vatNumber) {
        return VatBuyer.professional(VatNumber.parse(vatNumber).orElseThrow());
    }

    static VatRates shippedRates() {
        return VatRates.parse(new InputStreamReader(Objects.requireNonNull(
                VatRulesTest.class.getResourceAsStream("/tax/vat-rates.csv")), StandardCharsets.UTF_8));
    }
}
