package org.openspacemakers.marketplace.donation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The donations' settings, from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DonationSettings.class)
class DonationConfiguration {
}
