package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.order.Orders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends, every {@code marketplace.orders.expiry-every} (a minute by default), the reservations of
 * unpaid orders past their time, so that their slots go back on sale. Two nodes may both run it:
 * each order changes once.
 */
@Component
class ReservationExpiry {

    private final Orders orders;

    ReservationExpiry(Orders orders) {
        this.orders = orders;
    }

    @Scheduled(fixedDelayString = "${marketplace.orders.expiry-every:PT1M}", initialDelayString = "${marketplace.orders.expiry-every:PT1M}")
    @SchedulerLock(name = "reservation-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    void release() {
        orders.releaseExpiredReservations();
    }
}
