package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.order.Orders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks VIES again, every {@code marketplace.vies.retry-every} (15 minutes by default), about the
 * orders placed while it could not answer. Two nodes may both ask: an order changes once.
 */
@Component
class VatVerificationRetry {

    private final Orders orders;

    VatVerificationRetry(Orders orders) {
        this.orders = orders;
    }

    @Scheduled(fixedDelayString = "${marketplace.vies.retry-every:PT15M}", initialDelayString = "${marketplace.vies.retry-every:PT15M}")
    @SchedulerLock(name = "vat-verification-retry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void retry() {
        orders.verifyWaiting();
    }
}
