package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Demo accounts, whose passwords the README publishes, never reach a deployment's database. */
class DatabaseModeTest {

    private static final String URL = "jdbc:mysql://db.example.org:3306/store";

    @Test
    void theEmbeddedDatabaseGetsTheDemoUnlessTurnedOff() {
        assertThat(DatabaseMode.isDemo(environment(Map.of(), Map.of()))).isTrue();
        assertThat(DatabaseMode.isDemo(environment(Map.of("marketplace.demo.enabled", "false"), Map.of()))).isFalse();
    }

    @Test
    void aConfiguredDatabaseGetsItOnlyWhenAskedAndNeverFromTheEnvironmentVariable() {
        assertThat(DatabaseMode.isDemo(environment(Map.of("spring.datasource.url", URL), Map.of()))).isFalse();
        assertThat(DatabaseMode.isDemo(environment(Map.of("spring.datasource.url", URL, "marketplace.demo.enabled", "true"),
                Map.of()))).as("a test's own schema, named on its command line").isTrue();
        assertThat(DatabaseMode.isDemo(environment(Map.of("marketplace.demo.enabled", "true"),
                Map.of("SPRING_DATASOURCE_URL", URL)))).as("a deployment's database, whatever the flag").isFalse();
        assertThat(DatabaseMode.isDemo(environment(Map.of(), Map.of("SPRING_DATASOURCE_URL", URL,
                "MARKETPLACE_DEMO_ENABLED", "true")))).isFalse();
    }

    /** An environment as Boot builds it: command-line-like properties before the process's variables. */
    private static StandardEnvironment environment(Map<String, Object> arguments, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", arguments));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
