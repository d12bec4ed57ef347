package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.account.AccountRecords;
import org.openspacemakers.marketplace.donation.Donations;
import org.openspacemakers.marketplace.notification.Mails;
import org.openspacemakers.marketplace.payment.StripeEvents;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, forgets what the privacy notice keeps for a while only: security events after a year,
 * mailed links a day after they stopped working, the mails about accounts after 30 days, Stripe's
 * webhook events after 90 days (long past Stripe's 3 days of retries), the donor of a donation whose
 * money never came 90 days after it was promised. Once across the nodes (a database lock).
 */
@Component
class RecordsRetention {

    private final AccountRecords accounts;
    private final Mails mails;
    private final StripeEvents stripeEvents;
    private final Donations donations;

    RecordsRetention(AccountRecords accounts, Mails mails, StripeEvents stripeEvents, Donations donations) {
        this.accounts = accounts;
        this.mails = mails;
        this.stripeEvents = stripeEvents;
        this.donations = donations;
    }

    @Scheduled(cron = "${marketplace.retention.cron:0 45 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "records-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void forget() {
        accounts.forgetExpired();
        mails.forgetOldAccountMails();
        stripeEvents.forgetOld();
        donations.forgetUnreceived();
    }
}
