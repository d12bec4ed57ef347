package org.openspacemakers.marketplace.coretest;

import java.nio.file.Path;
import java.time.Clock;
import org.openspacemakers.marketplace.compliance.VatNumberCheck;
import org.openspacemakers.marketplace.compliance.VatVerification;
import org.openspacemakers.marketplace.storage.FileStorage;
import org.openspacemakers.marketplace.storage.LocalFileStorage;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The core and compliance modules as an application of their own, without the web: their
 * services, entities, repositories and Flyway migrations on the test database
 * ({@code testdb.TestDatabase}), and the few beans the web module provides in the store — the
 * clock, the file storage, the password encoder, the check of VAT numbers (here every one is
 * valid). The Flyway and JPA settings are the store's
 * ({@code application-core-test.properties}). Tests use it through {@link CoreTest}.
 *
 * <p>It sits in this test-jar, which marketplace-web's tests also see: the profile keeps the
 * store's own component scan (and its search for a {@code @SpringBootConfiguration}) from
 * picking it up there.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
// On marketplace-core's classpath, the root package holds exactly the core's and compliance's packages.
@AutoConfigurationPackage(basePackages = "org.openspacemakers.marketplace")
@ComponentScan(basePackages = "org.openspacemakers.marketplace",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@org.springframework.boot.context.properties.ConfigurationPropertiesScan("org.openspacemakers.marketplace")
@Profile(CoreTestApplication.PROFILE)
public class CoreTestApplication {

    /** The profile of the core's test context, which alone loads this configuration. */
    public static final String PROFILE = "core-test";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FileStorage fileStorage() {
        return new LocalFileStorage(Path.of("target", "core-test-files"));
    }

    @Bean
    VatNumberCheck vatNumberCheck(Clock clock) {
        return number -> new VatVerification(number, VatVerification.Outcome.VALID, clock.instant(), "CORE TEST");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
