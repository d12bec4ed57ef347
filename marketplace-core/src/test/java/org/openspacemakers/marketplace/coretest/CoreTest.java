package org.openspacemakers.marketplace.coretest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openspacemakers.marketplace.fixtures.DossierFixtures;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one configuration every Spring test of the core shares, so Spring caches a single context:
 * the core and compliance modules ({@link CoreTestApplication}) on the real test database, no web,
 * no demo data, France open for sale ({@link FranceOpenForSale}), with the fixtures. Not
 * transactional: each service call commits, as in the store, so tests see what other transactions
 * and threads see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(CoreTestApplication.PROFILE)
@Import({Fixtures.class, DossierFixtures.class, FranceOpenForSale.class})
public @interface CoreTest {
}
