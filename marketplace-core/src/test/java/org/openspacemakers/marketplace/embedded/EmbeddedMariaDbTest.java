package org.openspacemakers.marketplace.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    @TempDir
    Path folder;

    @Test
    void keepsItsDataAcrossAStopAndAStart() throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"));
                Connection connection = DriverManager.getConnection(first.jdbcUrl("kept"), first.username(), first.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (body VARCHAR(20))");
            statement.execute("INSERT INTO notes VALUES ('still here')");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"));
                Connection connection = DriverManager.getConnection(second.jdbcUrl("kept"), second.username(), second.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT body FROM notes")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(connection.getMetaData().getDatabaseProductVersion()).contains("MariaDB");
        }
    }

    @Test
    void letsInOnlyThePasswordOfItsCurrentStart() throws Exception {
        String earlier;
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"))) {
            earlier = first.password();
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(folder.resolve("mariadb"), folder.resolve("db"))) {
            String url = server.jdbcUrl("any");
            assertThat(server.password()).hasSize(32).isNotEqualTo(earlier);
            assertThatThrownBy(() -> DriverManager.getConnection(url, server.username(), "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, server.username(), earlier).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close()).isInstanceOf(SQLException.class);
            try (Connection connection = DriverManager.getConnection(url, server.username(), server.password())) {
                assertThat(connection.isValid(5)).isTrue();
            }
            try (var left = Files.list(folder.resolve("mariadb"))) {
                assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".sql"));
            }
        }
    }
}
