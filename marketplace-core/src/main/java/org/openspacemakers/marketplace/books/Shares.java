package org.openspacemakers.marketplace.books;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.openspacemakers.marketplace.catalog.PriceBreakdown;

/**
 * How a paid order's money is split, to the cent (docs/guides/treasurer.md):
 * <ul>
 * <li>each line's amount without its VAT is split in the proportions of its breakdown as sold
 * (parts, PCB, labour, the association's, the team's): exactly the breakdown times the quantity
 * when the buyer paid the offer's price with no VAT in it (the association's franchise), else the
 * same proportions of what was paid without VAT (a cent left over by rounding goes to the share
 * with the largest remainder, then the first in that order);
 * <li>the shipping's own VAT is the order's VAT less its lines';
 * <li>a refund takes back the VAT of its credit notes, then the rest is taken from the association's
 * share first, then the teams', the shipping, the labour, the PCBs, the parts (each share of several
 * lines in proportion to them): the association absorbs what it pays back before anyone else;
 * <li>an order refunded in full counts for nothing but its refund and the card fee Stripe kept;
 * <li>Stripe's fee is the association's cost, split over the lines in proportion to their amounts.
 * </ul>
 */
final class Shares {

    private static final int PARTS = 0;
    private static final int PCB = 1;
    private static final int LABOUR = 2;
    private static final int ASSOCIATION = 3;
    private static final int TEAM = 4;
    private static final int SHIPPING = 5;

    /** The order in which a refund takes from the shares. */
    private static final int[] REFUND_ORDER = {ASSOCIATION, TEAM, SHIPPING, LABOUR, PCB, PARTS};

    private Shares() {
    }

    static OrderFigures of(PaidOrder order) {
        List<PaidOrder.Line> lines = order.lines();
        int n = lines.size();
        long[] fees = split(order.cardFeeMinor(), lines.stream().mapToLong(PaidOrder.Line::grossMinor).toArray());
        long refunded = Math.min(order.refundedMinor(), order.totalMinor());
        if (order.refundedInFull() || (order.totalMinor() > 0 && refunded >= order.totalMinor())) {
            Map<UUID, BoardFigures> boards = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                add(boards, lines.get(i), new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, fees[i], 0));
            }
            return new OrderFigures(order.id(), order.reference(), order.paidAt(), order.paidWith(), true,
                    new Figures(0, 0, order.totalMinor(), 0, 0, 0, 0, 0, 0, 0, order.cardFeeMinor(), refunded),
                    List.copyOf(boards.values()));
        }
        // shares[i][k]: line i's share k, without VAT; the shipping is the order's.
        long[][] shares = new long[n][];
        long linesVat = 0;
        for (int i = 0; i < n; i++) {
            PaidOrder.Line line = lines.get(i);
            linesVat += line.vatMinor();
            long net = Math.max(0, line.grossMinor() - line.vatMinor());
            shares[i] = splitLine(net, line.breakdown(), line.quantity());
        }
        long shippingVat = Math.max(0, Math.min(order.shippingMinor(), order.vatTotalMinor() - linesVat));
        long shipping = order.shippingMinor() - shippingVat;
        long refundVat = Math.min(order.refundVatMinor(), order.vatTotalMinor());
        long left = refunded - refundVat;
        for (int bucket : REFUND_ORDER) {
            if (left == 0) {
                break;
            }
            if (bucket == SHIPPING) {
                long taken = Math.min(left, shipping);
                shipping -= taken;
                left -= taken;
                continue;
            }
            long[] amounts = new long[n];
            for (int i = 0; i < n; i++) {
                amounts[i] = shares[i][bucket];
            }
            long taken = Math.min(left, Arrays.stream(amounts).sum());
            long[] takenPerLine = split(taken, amounts);
            for (int i = 0; i < n; i++) {
                shares[i][bucket] -= takenPerLine[i];
            }
            left -= taken;
        }
        // Only when credit notes took back less VAT than the refund's part of it: the rest is VAT too.
        long vat = Math.max(0, order.vatTotalMinor() - refundVat - left);
        Map<UUID, BoardFigures> boards = new LinkedHashMap<>();
        long[] sums = new long[5];
        long units = 0;
        for (int i = 0; i < n; i++) {
            long[] s = shares[i];
            for (int k = 0; k < 5; k++) {
                sums[k] += s[k];
            }
            units += lines.get(i).quantity();
            add(boards, lines.get(i), new Figures(lines.get(i).quantity(), 0, 0, 0, s[PARTS], s[PCB], s[LABOUR],
                    s[ASSOCIATION], s[TEAM], 0, fees[i], 0));
        }
        Figures figures = new Figures(units, 1, order.totalMinor(), vat, sums[PARTS], sums[PCB], sums[LABOUR],
                sums[ASSOCIATION], sums[TEAM], shipping, order.cardFeeMinor(), refunded);
        return new OrderFigures(order.id(), order.reference(), order.paidAt(), order.paidWith(), false, figures,
                List.copyOf(boards.values()));
    }

    private static void add(Map<UUID, BoardFigures> boards, PaidOrder.Line line, Figures figures) {
        boards.merge(line.boardId(), new BoardFigures(line.boardId(), line.boardSlug(), line.boardName(), figures),
                (held, more) -> held.plus(more.figures()));
    }

    /** A line's amount without VAT in its breakdown's proportions: parts, PCB, labour, association, team. */
    static long[] splitLine(long net, PriceBreakdown breakdown, int quantity) {
        long[] weights = {breakdown.partsMinor(), breakdown.pcbMinor(), breakdown.labourMinor(),
                breakdown.associationMinor(), breakdown.teamMinor()};
        if (Arrays.stream(weights).allMatch(w -> w == 0)) {
            // A line with no breakdown at all (a free board): whatever it brought is the association's.
            long[] shares = new long[5];
            shares[ASSOCIATION] = net;
            return shares;
        }
        long[] scaled = Arrays.stream(weights).map(w -> Math.multiplyExact(w, (long) quantity)).toArray();
        return split(net, scaled);
    }

    /**
     * An amount split in proportion to weights, to the cent and adding up to it exactly: each gets its
     * proportion rounded down, then the cents left go one each to the largest remainders (the first
     * of equal ones). With no weight at all, the first gets everything.
     */
    static long[] split(long amount, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        if (n == 0 || amount == 0) {
            return parts;
        }
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            total = total.add(BigInteger.valueOf(weight));
        }
        if (total.signum() == 0) {
            parts[0] = amount;
            return parts;
        }
        BigInteger whole = BigInteger.valueOf(amount);
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] division = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int j = 0; given < amount; j++) {
            parts[byRemainder.get(j % n)]++;
            given++;
        }
        return parts;
    }
}
