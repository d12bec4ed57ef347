package org.openspacemakers.marketplace.invoice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The seller's identity and bank account, from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({Seller.class, BankTransferAccount.class})
class InvoiceConfiguration {
}
