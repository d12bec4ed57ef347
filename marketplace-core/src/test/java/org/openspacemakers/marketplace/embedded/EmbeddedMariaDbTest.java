package org.openspacemakers.marketplace.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path folder;

    @Test
    void keepsItsDataAcrossAStopAndAStart() throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"));
                Connection connection = DriverManager.getConnection(first.jdbcUrl("kept"), first.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (body VARCHAR(20))");
            statement.execute("INSERT INTO notes VALUES ('still here')");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"));
                Connection connection = DriverManager.getConnection(second.jdbcUrl("kept"), second.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT body FROM notes")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
    }
}
