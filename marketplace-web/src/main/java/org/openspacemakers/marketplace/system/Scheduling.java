package org.openspacemakers.marketplace.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs: the nightly compliance expiry watch (which claims its day, so it runs once whatever the
 * nodes), the VIES retry, and the e-mail outbox's delivery (which claims each message it sends).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
