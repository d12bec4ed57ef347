package org.openspacemakers.marketplace.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;

/** How a paid order's money is split and refunds taken off, to the cent (docs/guides/treasurer.md). */
class SharesTest {

    private static final UUID BOARD = UUID.randomUUID();
    private static final UUID OTHER_BOARD = UUID.randomUUID();
    private static final PriceBreakdown BREAKDOWN = new PriceBreakdown(1_000, 300, 700, 250, 250);

    @Test
    void underTheFranchiseTheSharesAreTheBreakdownTimesTheQuantity() {
        Figures f = Shares.of(order(0, 0, 0, 900, line(BOARD, 3, 2_500, 0, BREAKDOWN))).figures();

        assertThat(f.units()).isEqualTo(3);
        assertThat(f.orders()).isEqualTo(1);
        assertThat(f.revenueMinor()).isEqualTo(8_400);
        assertThat(new long[] {f.partsMinor(), f.pcbMinor(), f.labourMinor(), f.associationMinor(), f.teamsMinor()})
                .containsExactly(3_000, 900, 2_100, 750, 750);
        assertThat(f.shippingMinor()).isEqualTo(900);
        assertThat(f.vatMinor()).isZero();
        assertBalanced(f);
    }

    @Test
    void withVatTheLineWithoutItsVatIsSplitInTheBreakdownsProportionsToTheCent() {
        // 30.00 VAT included at 20 %: 5.00 of VAT, 25.00 to split as 10 : 3 : 7 : 5 : 5 (of 30).
        PriceBreakdown breakdown = new PriceBreakdown(1_000, 300, 700, 500, 500);
        Figures f = Shares.of(order(500 + 150, 0, 0, 900, line(BOARD, 1, 3_000, 500, breakdown))).figures();

        assertThat(new long[] {f.partsMinor(), f.pcbMinor(), f.labourMinor(), f.associationMinor(), f.teamsMinor()})
                .as("833.33, 250, 583.33, 416.67, 416.67: the two cents left go to the largest remainders")
                .containsExactly(833, 250, 583, 417, 417);
        assertThat(f.vatMinor()).isEqualTo(650);
        assertThat(f.shippingMinor()).as("the shipping without its own VAT").isEqualTo(750);
        assertBalanced(f);
    }

    @Test
    void aPartialRefundIsTakenFromTheAssociationsShareFirstThenTheTeams() {
        Figures small = Shares.of(order(0, 300, 0, 900, line(BOARD, 2, 2_500, 0, BREAKDOWN))).figures();
        assertThat(small.associationMinor()).isEqualTo(200);
        assertThat(small.teamsMinor()).isEqualTo(500);
        assertThat(small.units()).as("a partial refund keeps the boards sold").isEqualTo(2);
        assertThat(small.refundsMinor()).isEqualTo(300);
        assertBalanced(small);

        Figures large = Shares.of(order(0, 650, 0, 900, line(BOARD, 2, 2_500, 0, BREAKDOWN))).figures();
        assertThat(large.associationMinor()).isZero();
        assertThat(large.teamsMinor()).isEqualTo(350);
        assertThat(large.labourMinor()).as("untouched while the shares and the shipping cover it").isEqualTo(1_400);
        assertBalanced(large);
    }

    @Test
    void aRefundsVatIsTheVatOfItsCreditNotes() {
        PriceBreakdown breakdown = new PriceBreakdown(1_000, 300, 700, 500, 500);
        Figures f = Shares.of(order(500, 600, 100, 0, line(BOARD, 1, 3_000, 500, breakdown))).figures();

        assertThat(f.vatMinor()).isEqualTo(400);
        assertThat(f.associationMinor()).as("416 (after rounding: 417) less the 5.00 refunded without VAT").isZero();
        assertThat(f.teamsMinor()).isEqualTo(417 - (500 - 417));
        assertBalanced(f);
    }

    @Test
    void aRefundOverSeveralBoardsIsSharedInProportionToTheirShares() {
        OrderFigures figures = Shares.of(order(0, 300, 0, 0, line(BOARD, 1, 2_500, 0, BREAKDOWN),
                line(OTHER_BOARD, 1, 5_000, 0, new PriceBreakdown(2_000, 600, 1_400, 500, 500))));

        assertThat(figures.boards()).extracting(b -> b.figures().associationMinor()).containsExactly(150L, 300L);
        assertThat(figures.figures().associationMinor()).isEqualTo(450);
        assertBalanced(figures.figures());
    }

    @Test
    void anOrderRefundedInFullCountsForNothingButItsRefundAndItsCardFee() {
        OrderFigures figures = Shares.of(new PaidOrder(UUID.randomUUID(), "OSM-AAAAA", Instant.EPOCH, "CARD", true,
                3_400, 900, 0, 3_400, 0, 81, List.of(line(BOARD, 1, 2_500, 0, BREAKDOWN))));

        Figures f = figures.figures();
        assertThat(f.units()).isZero();
        assertThat(f.orders()).isZero();
        assertThat(f.associationMinor()).isZero();
        assertThat(f.refundsMinor()).isEqualTo(3_400);
        assertThat(f.cardFeesMinor()).isEqualTo(81);
        assertThat(f.netContributionMinor()).isEqualTo(-81);
        assertThat(figures.boards().get(0).figures().units()).isZero();
        assertBalanced(f);
    }

    @Test
    void cardFeesAreSharedOverTheLinesInProportionToTheirAmounts() {
        OrderFigures figures = Shares.of(new PaidOrder(UUID.randomUUID(), "OSM-AAAAA", Instant.EPOCH, "CARD", false,
                7_500, 0, 0, 0, 0, 100, List.of(line(BOARD, 1, 2_500, 0, BREAKDOWN),
                        line(OTHER_BOARD, 1, 5_000, 0, new PriceBreakdown(2_000, 600, 1_400, 500, 500)))));

        assertThat(figures.boards()).extracting(b -> b.figures().cardFeesMinor()).containsExactly(33L, 67L);
        assertThat(figures.figures().netContributionMinor()).isEqualTo(750 - 100);
    }

    @Test
    void aSplitAddsUpExactly() {
        assertThat(Shares.split(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(Shares.split(2, new long[] {1, 1, 1})).containsExactly(1, 1, 0);
        assertThat(Shares.split(7, new long[] {0, 0})).containsExactly(7, 0);
        assertThat(Shares.split(Long.MAX_VALUE / 2, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2}))
                .as("no overflow").containsExactly(Long.MAX_VALUE / 4 + 1, Long.MAX_VALUE / 4);
    }

    /** What buyers paid less refunds is exactly the VAT, the shares and the shipping. */
    private static void assertBalanced(Figures f) {
        assertThat(f.revenueMinor() - f.refundsMinor()).isEqualTo(f.vatMinor() + f.partsMinor() + f.pcbMinor()
                + f.labourMinor() + f.associationMinor() + f.teamsMinor() + f.shippingMinor());
    }

    private static PaidOrder order(long vatTotal, long refunded, long refundVat, long shipping, PaidOrder.Line... lines) {
        long total = shipping + List.of(lines).stream().mapToLong(PaidOrder.Line::grossMinor).sum();
        return new PaidOrder(UUID.randomUUID(), "OSM-AAAAA", Instant.EPOCH, "BANK_TRANSFER", false, total, shipping,
                vatTotal, refunded, refundVat, 0, List.of(lines));
    }

    private static PaidOrder.Line line(UUID board, int quantity, long unitPrice, long vat, PriceBreakdown breakdown) {
        return new PaidOrder.Line(board, "board", "Board", quantity, unitPrice, vat, breakdown);
    }
}
