package org.openspacemakers.marketplace.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.openspacemakers.marketplace.account.Accounts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets, every quarter of an hour, the sign-in attempts of addresses quiet for a whole quiet
 * period: attempts with made-up addresses would otherwise pile up. Two nodes may both run it.
 */
@Component
class SignInAttemptsCleanup {

    private final Accounts accounts;

    SignInAttemptsCleanup(Accounts accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelay = 15, initialDelay = 15, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    @SchedulerLock(name = "sign-in-attempts-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void forget() {
        accounts.forgetQuietSignInAttempts();
    }
}
