package org.openspacemakers.marketplace.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an unpaid order keeps its boards reserved, per way of paying, and how much one buyer may
 * hold unpaid at once ({@code marketplace.orders.*}).
 *
 * @param bankTransferReservation how long a bank transfer is awaited (10 days by default)
 * @param cardReservation how long a card checkout is awaited (1 hour by default)
 * @param maxUnpaidOrders the unpaid orders a buyer may hold at once (3 by default)
 * @param maxUnpaidBoardsPerTeam the unpaid boards of one team a buyer may hold at once (10 by default)
 */
@ConfigurationProperties("marketplace.orders")
public record OrderSettings(Duration bankTransferReservation, Duration cardReservation, Integer maxUnpaidOrders,
        Integer maxUnpaidBoardsPerTeam) {

    public OrderSettings {
        bankTransferReservation = bankTransferReservation == null ? Duration.ofDays(10) : bankTransferReservation;
        cardReservation = cardReservation == null ? Duration.ofHours(1) : cardReservation;
        maxUnpaidOrders = maxUnpaidOrders == null ? 3 : maxUnpaidOrders;
        maxUnpaidBoardsPerTeam = maxUnpaidBoardsPerTeam == null ? 10 : maxUnpaidBoardsPerTeam;
        if (bankTransferReservation.isNegative() || bankTransferReservation.isZero() || cardReservation.isNegative()
                || cardReservation.isZero() || maxUnpaidOrders < 1 || maxUnpaidBoardsPerTeam < 1) {
            throw new IllegalArgumentException("marketplace.orders: reservations are positive durations and limits at least 1");
        }
    }

    /** How long an order paid this way keeps its reservation unpaid. */
    Duration reservation(PaymentMethod method) {
        return method == PaymentMethod.CARD ? cardReservation : bankTransferReservation;
    }
}
