package org.openspacemakers.marketplace.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * mysql-connector-j reports a MariaDB server as "MySQL 5.5.5-10.11...", which makes Hibernate warn
 * (HHH000511) and pick a MySQL dialect. When, and only when, the server really is MariaDB, tell
 * Hibernate the product and its true version; a MySQL server is left to Hibernate's own detection.
 */
@Component
class MariaDbRecognition implements HibernatePropertiesCustomizer {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)-MariaDB");

    private final DataSource dataSource;

    MariaDbRecognition(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        String version;
        try (Connection connection = dataSource.getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database server's version", e);
        }
        Matcher mariaDb = MARIADB_VERSION.matcher(version);
        if (mariaDb.find()) {
            hibernateProperties.put("jakarta.persistence.database-product-name", "MariaDB");
            hibernateProperties.put("jakarta.persistence.database-product-version", mariaDb.group(1));
        }
    }
}
