package org.openspacemakers.marketplace.compliance;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the expiry watch every night; on several nodes, the first to claim the day runs it. */
@Component
class NightlyExpiryWatch {

    private final ExpiryWatch watch;

    NightlyExpiryWatch(ExpiryWatch watch) {
        this.watch = watch;
    }

    @Scheduled(cron = "${marketplace.compliance.expiry-cron:0 15 3 * * *}", zone = "UTC")
    void run() {
        watch.watch();
    }
}
