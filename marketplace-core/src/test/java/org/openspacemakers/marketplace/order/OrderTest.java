package org.openspacemakers.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.Money;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;
import org.openspacemakers.marketplace.compliance.BuyerType;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.compliance.OfferKind;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.shipping.ShippingMethod;
import org.openspacemakers.marketplace.shipping.ShippingQuote;
import org.openspacemakers.marketplace.tax.VatLine;
import org.openspacemakers.marketplace.tax.VatTreatment;

/** The order's state machine as plain code: each move from where it may be made, and only from there. */
class OrderTest {

    private static final Instant PLACED = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID BUYER = UUID.randomUUID();
    private static final UUID ADMIN = UUID.randomUUID();
    private static final UUID MAKER = UUID.randomUUID();
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aFullKitGoesFromPaymentToDeliveryAndEachMoveIsRecordedWithWhoAndWhen() {
        Order order = order(OfferKind.FULL_KIT);
        order.pay(payment(PLACED.plusSeconds(60)));
        order.startAssembly(PLACED.plusSeconds(120), MAKER);
        order.markTested(PLACED.plusSeconds(180), MAKER);
        boolean gaveBack = order.ship("La Poste", "6A123", PLACED.plusSeconds(240), MAKER);
        order.deliver(PLACED.plusSeconds(300), MAKER);

        assertThat(gaveBack).as("shipping ends the reservation").isTrue();
        assertThat(order.reserved()).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.steps()).extracting(OrderStep::status).containsExactly(OrderStatus.AWAITING_PAYMENT,
                OrderStatus.PAID, OrderStatus.IN_ASSEMBLY, OrderStatus.TESTED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(order.steps().get(1).actor()).contains(ADMIN);
        assertThat(order.steps().get(4).note()).isEqualTo("La Poste 6A123");
        assertThat(order.shipment()).hasValueSatisfying(shipment -> assertThat(shipment.trackingNumber()).isEqualTo("6A123"));
        assertThat(order.pendingEvents()).filteredOn(OrderStatusChanged.class::isInstance).hasSize(6);
    }

    @Test
    void anAssemblyOnlyOrderWaitsForItsPartsAfterPaymentAndAssemblesOnlyOnceTheyAreIn() {
        Order order = order(OfferKind.ASSEMBLY_ONLY);
        order.pay(payment(PLACED));

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PARTS);
        assertThatThrownBy(() -> order.startAssembly(PLACED, MAKER)).isInstanceOf(OrderTransitionRefused.class);
        order.receiveParts(PLACED, MAKER, "C3 missing, sent back request");
        order.startAssembly(PLACED, MAKER);
        assertThat(order.status()).isEqualTo(OrderStatus.IN_ASSEMBLY);
        assertThat(order.steps()).extracting(OrderStep::status).containsExactly(OrderStatus.AWAITING_PAYMENT,
                OrderStatus.PAID, OrderStatus.AWAITING_PARTS, OrderStatus.PARTS_RECEIVED, OrderStatus.IN_ASSEMBLY);
    }

    @Test
    void movesOutOfTurnAreRefusedAndChangeNothing() {
        Order order = order(OfferKind.FULL_KIT);

        assertThatThrownBy(() -> order.startAssembly(PLACED, MAKER)).isInstanceOf(OrderTransitionRefused.class);
        assertThatThrownBy(() -> order.ship("DHL", "1", PLACED, MAKER)).isInstanceOf(OrderTransitionRefused.class);
        assertThatThrownBy(() -> order.deliver(PLACED, MAKER)).isInstanceOf(OrderTransitionRefused.class);
        assertThatThrownBy(() -> order.refund(money(100), "", PLACED, ADMIN)).isInstanceOf(OrderTransitionRefused.class);
        assertThatThrownBy(() -> order.release(PLACED, ADMIN)).isInstanceOf(OrderTransitionRefused.class);
        order.pay(payment(PLACED));
        assertThatThrownBy(() -> order.pay(payment(PLACED))).isInstanceOf(OrderTransitionRefused.class);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.steps()).hasSize(2);
    }

    @Test
    void anOrderCannotBeCancelledOnceItsAssemblyStarted() {
        Order order = order(OfferKind.FULL_KIT);
        order.pay(payment(PLACED));
        order.startAssembly(PLACED, MAKER);

        assertThatThrownBy(() -> order.cancel("changed my mind", PLACED, BUYER)).isInstanceOf(OrderTransitionRefused.class);
        assertThat(order.status()).isEqualTo(OrderStatus.IN_ASSEMBLY);
        assertThat(order.reserved()).isTrue();
    }

    @Test
    void cancellingBeforeAssemblyEndsTheReservation() {
        Order order = order(OfferKind.FULL_KIT);

        assertThat(order.cancel("changed my mind", PLACED, BUYER)).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.reserved()).isFalse();
    }

    @Test
    void aHeldOrderResumesWhereItStoodAndAPaymentWhileHeldResumesAsPaid() {
        Order order = order(OfferKind.FULL_KIT);
        order.hold("APPROVAL_SUSPENDED", PLACED, null);
        order.pay(payment(PLACED.plusSeconds(10)));

        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.payment()).isPresent();
        assertThat(order.resumesTo()).contains(OrderStatus.PAID);
        order.release(PLACED.plusSeconds(20), ADMIN);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.steps()).extracting(OrderStep::event).containsExactly("AWAITING_PAYMENT", "ON_HOLD",
                "PAYMENT_RECEIVED", "PAID");
    }

    @Test
    void anUnpaidReservationExpiresOnlyOnceItsTimeHasCome() {
        Order order = order(OfferKind.FULL_KIT);

        assertThat(order.expireReservation(PLACED.plus(Duration.ofDays(9)))).isFalse();
        assertThat(order.expireReservation(PLACED.plus(Duration.ofDays(10)))).isTrue();
        assertThat(order.reserved()).isFalse();
        assertThat(order.status()).as("still awaiting its payment").isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.expireReservation(PLACED.plus(Duration.ofDays(11)))).isFalse();
        order.reserveAgain(PLACED.plus(Duration.ofDays(12)));
        assertThat(order.reserved()).isTrue();
    }

    @Test
    void partialRefundsAddUpToAWholeOneAndNeverPastWhatWasPaid() {
        Order order = order(OfferKind.FULL_KIT);
        order.pay(payment(PLACED));

        assertThat(order.refund(money(4_000), "one board damaged", PLACED, ADMIN)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThatThrownBy(() -> order.refund(money(6_001), "too much", PLACED, ADMIN)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> order.refund(money(0), "nothing", PLACED, ADMIN)).isInstanceOf(InvalidInput.class);
        assertThat(order.refund(money(6_000), "the rest", PLACED, ADMIN)).as("the reservation ends").isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.refunded()).isEqualTo(money(10_000));
        assertThat(order.pendingEvents()).filteredOn(OrderRefunded.class::isInstance).hasSize(2);
    }

    @Test
    void aConsumerWithdrawsFromFullKitsWithinFourteenDaysOfDeliveryOnly() {
        Order order = delivered(order(OfferKind.FULL_KIT));
        Instant delivered = order.deliveredAt().orElseThrow();

        assertThat(order.withdrawalOpen(delivered.plus(Duration.ofDays(14)))).isTrue();
        assertThat(order.withdrawalOpen(delivered.plus(Duration.ofDays(15)))).isFalse();
        assertThatThrownBy(() -> order.withdraw(delivered.plus(Duration.ofDays(15)), BUYER))
                .isInstanceOf(OrderTransitionRefused.class);
        order.withdraw(delivered.plus(Duration.ofDays(3)), BUYER);
        assertThat(order.withdrawnAt()).isPresent();
        assertThatThrownBy(() -> order.withdraw(delivered.plus(Duration.ofDays(4)), BUYER))
                .as("once").isInstanceOf(OrderTransitionRefused.class);
        assertThat(order.pendingEvents()).filteredOn(OrderWithdrawn.class::isInstance).as("acknowledged by e-mail")
                .containsExactly(new OrderWithdrawn(order.id(), order.buyerId(), delivered.plus(Duration.ofDays(3))));
    }

    @Test
    void assemblyOnlyServicesHaveNoWithdrawalOnceDelivered() {
        Order order = order(OfferKind.ASSEMBLY_ONLY);
        order.pay(payment(PLACED));
        order.receiveParts(PLACED, MAKER, "");
        order.startAssembly(PLACED, MAKER);
        order.markTested(PLACED, MAKER);
        order.ship("DHL", "1", PLACED, MAKER);
        order.deliver(PLACED, MAKER);

        assertThat(order.withdrawalOpen(PLACED.plusSeconds(60))).isFalse();
    }

    private static Order delivered(Order order) {
        order.pay(payment(PLACED));
        order.startAssembly(PLACED, MAKER);
        order.markTested(PLACED, MAKER);
        order.ship("DHL", "1", PLACED, MAKER);
        order.deliver(PLACED.plus(Duration.ofDays(2)), MAKER);
        return order;
    }

    private static Order order(OfferKind kind) {
        CountryCode france = CountryCode.of("FR");
        PlaceOrder request = new PlaceOrder(BUYER, "key", List.of(new PlaceOrder.Line(UUID.randomUUID(), 2)), france,
                BuyerType.CONSUMER, new ShippingAddress("Ada", "1 rue", "", "75002", "Paris", france), Set.of(), null);
        OrderLine line = new OrderLine(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "board", "Board", "R1",
                kind, new VatLine(VatTreatment.FRANCHISE, 0, money(5_000), 2, money(0)),
                new PriceBreakdown(0, 1_000, 2_000, 1_000, 1_000));
        return new Order(request, "fingerprint", List.of(line), List.of(), EUR, PLACED, null,
                new ShippingQuote(ShippingMethod.STANDARD, money(0)), "OSM-ABCDE",
                PLACED.plus(Duration.ofDays(10)));
    }

    private static OrderPayment payment(Instant at) {
        return new OrderPayment(PaymentMethod.BANK_TRANSFER, money(10_000), "OSM-ABCDE", at, ADMIN);
    }

    private static Money money(long minor) {
        return new Money(minor, EUR);
    }
}
