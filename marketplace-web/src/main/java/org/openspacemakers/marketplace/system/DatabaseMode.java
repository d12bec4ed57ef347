package org.openspacemakers.marketplace.system;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which database the store runs on: a configured server ({@code spring.datasource.url}), or else
 * the embedded MariaDB with demo data.
 */
final class DatabaseMode {

    private DatabaseMode() {
    }

    static boolean isEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    /** Demo data loads with the embedded database, unless {@code marketplace.demo.enabled} says otherwise. */
    static boolean isDemo(Environment environment) {
        return environment.getProperty("marketplace.demo.enabled", Boolean.class, isEmbedded(environment));
    }
}
