package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.shipping.ShippingMethod;

class PlaceOrderTest {

    private final UUID buyer = UUID.randomUUID();
    private final UUID offer = UUID.randomUUID();

    @Test
    void theSameRequestHasTheSameFingerprintAndAnotherHasAnother() {
        assertThat(request(1, "Paris").fingerprint()).isEqualTo(request(1, "Paris").fingerprint());
        assertThat(request(2, "Paris").fingerprint()).isNotEqualTo(request(1, "Paris").fingerprint());
        assertThat(request(1, "Lyon").fingerprint()).isNotEqualTo(request(1, "Paris").fingerprint());
    }

    @Test
    void aRequestWithoutTheCheckoutsAdditionsKeepsTheFingerprintItHadBeforeThem() {
        // Stored orders keep their fingerprint: a client replaying an older request must still get its order back.
        PlaceOrder older = new PlaceOrder(UUID.fromString("00000000-0000-0000-0000-000000000001"), "key",
                List.of(new PlaceOrder.Line(UUID.fromString("00000000-0000-0000-0000-000000000002"), 1)), CountryCode.of("FR"),
                BuyerType.CONSUMER, new ShippingAddress("Ada", "1 rue", null, "75002", "Paris", CountryCode.of("FR")),
                Set.of(), PaymentMethod.BANK_TRANSFER);
        assertThat(older.fingerprint()).isEqualTo(OLDER_FINGERPRINT);
    }

    @Test
    void theShippingMethodTheTermsAndTheConsentMakeAnotherRequest() {
        PlaceOrder plain = request(1, "Paris");
        assertThat(List.of(withCheckout(plain, ShippingMethod.STANDARD, false, false),
                withCheckout(plain, null, true, false), withCheckout(plain, null, false, true)))
                .extracting(PlaceOrder::fingerprint)
                .doesNotHaveDuplicates()
                .doesNotContain(plain.fingerprint());
        assertThat(withCheckout(plain, null, false, false).fingerprint()).isEqualTo(plain.fingerprint());
    }

    @Test
    void refusesADestinationOtherThanTheAddressCountry() {
        ShippingAddress inGermany = new ShippingAddress("Ada", "1 Strasse", null, "10115", "Berlin", CountryCode.of("DE"));
        assertThatThrownBy(() -> new PlaceOrder(buyer, "k", List.of(new PlaceOrder.Line(offer, 1)), CountryCode.of("FR"),
                BuyerType.CONSUMER, inGermany, Set.of(), null)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.field()).isEqualTo("destinationCountry"));
    }

    @Test
    void parsesEurosAsPeopleTypeThem() {
        assertThat(Money.parseEuros("149")).contains(Money.euros(14_900));
        assertThat(Money.parseEuros(" 149,5 ")).contains(Money.euros(14_950));
        assertThat(Money.parseEuros("0.05")).contains(Money.euros(5));
        assertThat(Money.parseEuros("12.345")).isEmpty();
        assertThat(Money.parseEuros("-3")).isEmpty();
        assertThat(Money.parseEuros("12345678")).isEmpty();
        assertThat(Money.parseEuros(null)).isEmpty();
    }

    @Test
    void moneyNeverGoesNegativeNorMixesCurrencies() {
        assertThatThrownBy(() -> Money.euros(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.euros(14_900).times(3).plus(Money.euros(100))).isEqualTo(Money.euros(44_800));
        assertThatThrownBy(() -> Money.euros(1).plus(new Money(1, java.util.Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The fingerprint of {@code aRequestWithout...}'s request, computed before shipping, terms and consent existed. */
    private static final String OLDER_FINGERPRINT = "59972c67cc555cf4b53a790192f7b8bbf17a384afa029a4996dab0dca3c84ca4";

    private static PlaceOrder withCheckout(PlaceOrder request, ShippingMethod method, boolean terms, boolean consent) {
        return new PlaceOrder(request.buyer(), request.idempotencyKey(), request.lines(), request.destination(),
                request.buyerType(), request.address(), request.acknowledgements(), request.paymentMethod(), request.company(),
                method, terms, consent);
    }

    private PlaceOrder request(int quantity, String city) {
        return new PlaceOrder(buyer, "key", List.of(new PlaceOrder.Line(offer, quantity)), CountryCode.of("FR"),
                BuyerType.CONSUMER, new ShippingAddress("Ada", "1 rue", null, "75002", city, CountryCode.of("FR")),
                Set.of(), PaymentMethod.BANK_TRANSFER);
    }
}
