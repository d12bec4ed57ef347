package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Behind a reverse proxy, the forwarded headers count only from a proxy the store was told of
 * ({@code server.tomcat.remoteip.internal-proxies}, here 127.0.0.2): from it, HTTPS is known, so
 * the session cookie is Secure and HSTS is sent; from anyone else, a claim of HTTPS changes nothing.
 */
@MarketplaceTest
class ForwardedHeadersTest {

    private static final String OVER_HTTPS = "GET /login?lang=en HTTP/1.1\r\nHost: store.example.org\r\n"
            + "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9";

    @Autowired
    Api api;

    @Test
    void aTrustedProxysHttpsGivesASecureSessionCookieAndHsts() throws Exception {
        Api.Answer proxied = api.rawFrom(InetAddress.getByName("127.0.0.2"), OVER_HTTPS);

        assertThat(proxied.status()).isEqualTo(200);
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(proxied.header("Set-Cookie")).as("the sign-in page's session").contains("Secure").contains("HttpOnly");
    }

    @Test
    void anyoneElseClaimingHttpsIsServedAsPlainHttp() throws Exception {
        Api.Answer claimed = api.rawFrom(InetAddress.getByName("127.0.0.1"), OVER_HTTPS);

        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.header("Strict-Transport-Security")).isNull();
        assertThat(claimed.header("Set-Cookie")).doesNotContain("Secure");
    }
}
