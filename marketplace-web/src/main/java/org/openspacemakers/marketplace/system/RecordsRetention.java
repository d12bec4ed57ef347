package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.account.AccountRecords;
import org.openspacemakers.marketplace.notification.Mails;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, forgets what the privacy notice keeps for a while only: security events after a year,
 * mailed links a day after they stopped working, the mails about accounts after 30 days. Once across
 * the nodes (a database lock).
 */
@Component
class RecordsRetention {

    private final AccountRecords accounts;
    private final Mails mails;

    RecordsRetention(AccountRecords accounts, Mails mails) {
        this.accounts = accounts;
        this.mails = mails;
    }

    @Scheduled(cron = "${marketplace.retention.cron:0 45 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "records-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void forget() {
        accounts.forgetExpired();
        mails.forgetOldAccountMails();
    }
}
