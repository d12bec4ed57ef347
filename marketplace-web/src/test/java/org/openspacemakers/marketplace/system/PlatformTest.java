package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The store on its platform: the right SQL dialect, health, the OpenAPI description. */
@MarketplaceTest
class PlatformTest {

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void hibernateTakesMariaDbForMariaDbAndMySqlForMySql(@Autowired DataSource dataSource,
            @Autowired EntityManagerFactory entityManagerFactory) throws Exception {
        String version;
        try (var connection = dataSource.getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion();
        }
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (version.contains("MariaDB")) {
            assertThat(dialect).isInstanceOf(MariaDBDialect.class);
            assertThat(version).contains(dialect.getVersion().getMajor() + "." + dialect.getVersion().getMinor());
        } else {
            assertThat(dialect).isInstanceOf(MySQLDialect.class).isNotInstanceOf(MariaDBDialect.class);
        }
    }

    @Test
    void healthIsUp() {
        Api.Answer health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheContract() {
        Api.Answer docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/orders")).isTrue();
        assertThat(paths.has("/api/v1/orders/{orderId}")).isTrue();
        assertThat(paths.has("/api/v1/boards")).isTrue();
        assertThat(paths.has("/api/v1/boards/{slug}")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/review/start")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/review/approve")).isTrue();
        assertThat(paths.has("/api/v1/teams/{team}/boards")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/bom")).isTrue();
        assertThat(paths.has("/api/v1/revisions/{revisionId}/submit")).isTrue();
        assertThat(paths.has("/api/v1/transparency")).isTrue();
    }

    @Test
    void boardListIsPagedWithACursor() {
        Fixtures.Listing listing = fixtures.submittedListing();
        fixtures.submittedListing();
        var first = api.get("/api/v1/boards?size=1").json();
        assertThat(first.get("items").size()).isEqualTo(1);
        String cursor = first.get("nextCursor").asString();
        var second = api.get("/api/v1/boards?size=1&cursor=" + cursor).json();
        assertThat(second.get("items").get(0).get("slug").asString())
                .isGreaterThan(first.get("items").get(0).get("slug").asString());
        assertThat(api.get("/api/v1/boards?size=101").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/boards?cursor=%25%25").status()).isEqualTo(400);
        var found = api.get("/api/v1/boards?q=" + listing.board().name().substring("Board ".length())).json().get("items");
        assertThat(found.valueStream().map(item -> item.get("slug").asString())).containsExactly(listing.board().slug());
    }
}
