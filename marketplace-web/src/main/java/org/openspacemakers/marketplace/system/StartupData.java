package org.openspacemakers.marketplace.system;

import java.util.EnumSet;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up: in demo mode, the demo data (once); otherwise, the first administrator from
 * {@code MARKETPLACE_ADMIN_EMAIL} and {@code MARKETPLACE_ADMIN_PASSWORD} when none exists yet.
 * Done once every bean is ready but before the web server opens, so that no request (nor a
 * health check) ever sees the store half loaded.
 */
@Component
class StartupData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final Environment environment;
    private final DemoData demo;
    private final Accounts accounts;

    StartupData(Environment environment, DemoData demo, Accounts accounts) {
        this.environment = environment;
        this.demo = demo;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (DatabaseMode.isDemo(environment)) {
            demo.loadOnce();
        } else {
            createFirstAdministrator();
        }
    }

    void createFirstAdministrator() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String email = environment.getProperty("MARKETPLACE_ADMIN_EMAIL", environment.getProperty("marketplace.admin.email"));
        String password = environment.getProperty("MARKETPLACE_ADMIN_PASSWORD", environment.getProperty("marketplace.admin.password"));
        if (email == null || email.isBlank() || password == null || password.isBlank()) {
            log.warn("No administrator exists: set MARKETPLACE_ADMIN_EMAIL and MARKETPLACE_ADMIN_PASSWORD to create one.");
            return;
        }
        accounts.register(email, password, "Administrator", EnumSet.of(Role.ADMIN));
        log.info("Created the first administrator, {}", email);
    }
}
