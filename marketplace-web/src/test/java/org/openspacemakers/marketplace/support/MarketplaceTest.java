package org.openspacemakers.marketplace.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one configuration every full test shares, so Spring caches a single context: the whole
 * store on a random port, its database chosen by {@code TestDatabase}, the demo data loaded, and
 * the test-only {@link Failures}, card payments on against {@link FakeStripe}; every statement sent to the database can be counted
 * ({@link SqlStatements}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"marketplace.demo.enabled=true", "marketplace.data-dir=target/test-data",
                // The demo buyer places many orders across the tests; the unpaid limits are tested on their own.
                "marketplace.orders.max-unpaid-orders=100000", "marketplace.orders.max-unpaid-boards-per-team=1000000",
                "spring.jpa.properties.hibernate.generate_statistics=true",
                // The tests apply Stripe's events themselves (StripeEvents.applyPending), not a background job.
                "marketplace.stripe.apply-every=PT24H",
                // The proxy the forwarded headers' test sends from; every other test's requests come from 127.0.0.1.
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
                "spring.datasource.hikari.data-source-properties.queryInterceptors=org.openspacemakers.marketplace.support.SqlStatements"})
@Import({Api.class, Fixtures.class, DossierFixtures.class, TravellingClock.class, Failures.class})
// Card payments on, against Stripe faked on a local port.
@ContextConfiguration(initializers = FakeStripe.Initializer.class)
public @interface MarketplaceTest {
}
