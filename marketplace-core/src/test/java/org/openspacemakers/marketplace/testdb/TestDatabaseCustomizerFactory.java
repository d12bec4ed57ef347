package org.openspacemakers.marketplace.testdb;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, ahead of any other datasource setting.
 * All instances are equal, so it never splits the context cache.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new TestDatabaseCustomizer();
    }

    static final class TestDatabaseCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase.Target target = TestDatabase.target();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("marketplaceTestDatabase", Map.of(
                    "spring.datasource.url", target.jdbcUrl(),
                    "spring.datasource.username", target.username(),
                    "spring.datasource.password", target.password())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return TestDatabaseCustomizer.class.hashCode();
        }
    }
}
