package org.openspacemakers.marketplace.system;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.openspacemakers.marketplace.embedded.EmbeddedMariaDb;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no datasource configured, the store starts its own MariaDB server with its data in
 * {@code $MARKETPLACE_DATA_DIR/db}, stops it on shutdown (after the pool closes) and reuses the
 * data on the next start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${marketplace.data-dir}") Path dataDir) {
        return EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("db"));
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as with a configured server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource pool = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl("marketplace"))
                .username(server.username())
                .password(server.password())
                .build();
        pool.setPoolName("embedded-mariadb");
        return pool;
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseMode.isEmbedded(context.getEnvironment());
        }
    }
}
