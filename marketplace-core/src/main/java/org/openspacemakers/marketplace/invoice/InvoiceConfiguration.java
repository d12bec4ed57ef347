package org.openspacemakers.marketplace.invoice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The seller's identity, from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Seller.class)
class InvoiceConfiguration {
}
