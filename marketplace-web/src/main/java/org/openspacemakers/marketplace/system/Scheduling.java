package org.openspacemakers.marketplace.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the nightly compliance expiry watch); each guards itself against running twice a day. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
