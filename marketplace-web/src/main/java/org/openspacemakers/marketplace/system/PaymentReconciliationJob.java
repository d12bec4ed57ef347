package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.payment.PaymentReconciliation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compares the store's card payments with Stripe's every night ({@code marketplace.stripe.reconcile-cron},
 * 04:30 UTC by default), once whatever the number of nodes; the administrators' payments page shows
 * the result. Only when card payments are on.
 */
@Component
class PaymentReconciliationJob {

    private final PaymentReconciliation reconciliation;

    PaymentReconciliationJob(PaymentReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(cron = "${marketplace.stripe.reconcile-cron:0 30 4 * * *}", zone = "UTC")
    @SchedulerLock(name = "payment-reconciliation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void reconcile() {
        reconciliation.run();
    }
}
