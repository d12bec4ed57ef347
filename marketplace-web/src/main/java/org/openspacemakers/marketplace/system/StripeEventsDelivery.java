package org.openspacemakers.marketplace.system;

import org.openspacemakers.marketplace.payment.StripeEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the Stripe events the webhook kept, every {@code marketplace.stripe.apply-every} (5 s by
 * default), on every node: each event is claimed, so two nodes never apply the same one at once,
 * and applying one twice changes nothing anyway. Only when card payments are on.
 */
@Component
class StripeEventsDelivery {

    private static final Logger log = LoggerFactory.getLogger(StripeEventsDelivery.class);

    private final StripeEvents events;
    private final org.openspacemakers.marketplace.payment.StripeSettings settings;

    StripeEventsDelivery(StripeEvents events, org.openspacemakers.marketplace.payment.StripeSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${marketplace.stripe.apply-every:PT5S}", initialDelayString = "${marketplace.stripe.apply-every:PT5S}")
    void apply() {
        if (!settings.enabled()) {
            return;
        }
        try {
            events.applyPending();
        } catch (DataAccessException e) {
            log.warn("Stripe events skipped a round: the database did not answer ({})", e.getClass().getSimpleName());
        }
    }
}
