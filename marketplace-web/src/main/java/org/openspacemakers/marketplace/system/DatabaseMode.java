package org.openspacemakers.marketplace.system;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Which database the store runs on: a configured server ({@code spring.datasource.url}), or else
 * the embedded MariaDB with demo data.
 */
final class DatabaseMode {

    private static final String DATASOURCE_URL = "spring.datasource.url";

    private DatabaseMode() {
    }

    static boolean isEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
    }

    /**
     * Demo data (accounts whose passwords the README publishes) loads with the embedded database
     * unless {@code marketplace.demo.enabled=false}; on a configured server only when that flag
     * asks for it, and never on a server given by {@code SPRING_DATASOURCE_URL}, the way a
     * deployment names its database, whatever the flag says.
     */
    static boolean isDemo(Environment environment) {
        if (isEmbedded(environment)) {
            return environment.getProperty("marketplace.demo.enabled", Boolean.class, true);
        }
        return !givenByEnvironmentVariable(environment)
                && environment.getProperty("marketplace.demo.enabled", Boolean.class, false);
    }

    /** Whether the datasource's URL the store reads comes from the process's environment variables. */
    static boolean givenByEnvironmentVariable(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return false;
        }
        for (PropertySource<?> source : configurable.getPropertySources()) {
            // The view over every source that Boot puts first answers for all of them: look behind it.
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                    || !source.containsProperty(DATASOURCE_URL)) {
                continue;
            }
            return StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName());
        }
        return false;
    }
}
