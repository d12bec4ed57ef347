package org.openspacemakers.marketplace.system;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, run once at a time whatever the number of nodes. The reservations' expiry, the VIES
 * retry, the sign-in attempts' sweep and the records' retention ({@code RecordsRetention}) each hold
 * a database lock while they run (ShedLock, table {@code shedlock}, timed by the database's clock): a
 * node that finds it held skips its turn. The
 * nightly compliance expiry watch claims its day, and the e-mail outbox's delivery claims each message
 * it sends, so those two need no lock of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class Scheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
