package org.openspacemakers.marketplace.tax;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The store's {@link VatRules}, from its settings and its rates table, read once at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VatSettings.class)
class TaxConfiguration {

    @Bean
    VatRules vatRules(VatSettings settings, ResourceLoader resources) {
        Resource table = resources.getResource(settings.rates());
        try (Reader reader = new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8)) {
            return new VatRules(settings.regime(), settings.distanceSellingThresholdPassed(), VatRates.parse(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the VAT rates at " + settings.rates(), e);
        }
    }
}
