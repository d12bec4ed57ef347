package org.openspacemakers.marketplace.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.compliance.CountryCode;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;
import org.openspacemakers.marketplace.support.MarketplaceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages speak in words: walking every role's pages in both languages, no visible text shows a
 * code (a word like {@code ROHS_EVIDENCE_MISSING} or {@code AWAITING_PAYMENT}), a country's code
 * where its name belongs (a cell, a label or an address ending in {@code FR}) or an amount in cents
 * ({@code amountMinor}, {@code 2500 EUR}). Attributes may carry codes (tests and styles read them,
 * forms send them); what a person reads may not.
 */
@MarketplaceTest
class PageWordsTest {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    /** An element saying only countries' codes ({@code FR}, {@code FR DE}), or text ending in one ({@code Lyon, FR}). */
    private static final String EU_CODE = "(?:" + String.join("|", CountryCode.EU_MEMBERS) + ")";
    private static final Pattern COUNTRY_CODES = Pattern.compile(EU_CODE + "(?:[ ,]+" + EU_CODE + ")*|.*, " + EU_CODE);
    private static final Pattern CENTS = Pattern.compile("amountMinor|\\b\\d{3,} (?:EUR|€)(?![.,]\\d)");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void noPageShowsACodeOrAnAmountInCents() {
        Fixtures.Listing sold = fixtures.approvedListing("FR");
        Fixtures.Listing inReview = fixtures.submittedListing();
        Credentials buyer = fixtures.user(Role.BUYER);
        Api.Answer placed = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(sold.fullKit().id(), 1, "FR"));
        assertThat(placed.status()).isEqualTo(201);
        String order = placed.json().get("id").asString();
        Credentials admin = fixtures.user(Role.ADMIN);
        assertThat(api.post("/api/v1/orders/" + order + "/hold", admin, "{\"reason\":\"checking the address\"}").status())
                .isEqualTo(200);
        Credentials reviewer = fixtures.user(Role.REVIEWER);
        // An order the store held itself: its note is the gate's code, which the pages say in words.
        Fixtures.Listing revoked = fixtures.approvedListing("FR");
        String held = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(revoked.fullKit().id(), 1, "FR"))
                .json().get("id").asString();
        assertThat(api.post("/api/v1/revisions/" + revoked.revision().id() + "/review/revoke", reviewer,
                "{\"reason\":\"the input is not isolated\"}").status()).isEqualTo(200);
        // A scope amended: the decision logs name the country added.
        assertThat(api.post("/api/v1/revisions/" + sold.revision().id() + "/review/amend-scope", reviewer,
                "{\"addCountries\":[\"IT\"],\"reason\":\"an Italian school asked\"}").status()).isEqualTo(200);
        // A recall: a revision revoked while a board of it was in assembly.
        Fixtures.Listing recalled = fixtures.approvedListing("FR");
        String recalledOrder = api.placeOrder(buyer, UUID.randomUUID().toString(), orderBody(recalled.fullKit().id(), 1, "FR"))
                .json().get("id").asString();
        assertThat(api.post("/api/v1/orders/" + recalledOrder + "/bank-transfer/confirm", admin, null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/orders/" + recalledOrder + "/assembly/start", recalled.maker(), null).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/revisions/" + recalled.revision().id() + "/review/revoke", reviewer,
                "{\"reason\":\"the cold junction overheats\"}").status()).isEqualTo(200);
        String recall = api.get("/api/v1/revisions/" + recalled.revision().id() + "/recall", reviewer).json()
                .get("id").asString();
        // The register holds an entry of each kind, in another member state than the association's.
        assertThat(api.put("/api/v1/register/weee/SI", admin, """
                {"registrationNumber":"WEEE-9","holder":"Open Space Makers","validUntil":"%s","categories":[5],"household":true}"""
                .formatted(java.time.LocalDate.now().plusYears(1))).status()).isEqualTo(200);
        String team = sold.team().slug().toString();
        String board = sold.board().slug().toString();

        Map<Credentials, List<String>> pages = new LinkedHashMap<>();
        pages.put(buyer, List.of("/", "/boards/" + board, "/boards/" + board + "?country=FR",
                "/boards/" + inReview.board().slug(), "/orders/new?country=FR&offer=" + sold.fullKit().id(), "/cart",
                "/orders", "/orders/" + order, "/orders/" + held, "/account", "/terms", "/privacy", "/legal", "/contact",
                "/donate", "/account/donations", "/transparency"));
        pages.put(sold.maker(), List.of("/teams", "/teams/" + team, "/teams/" + team + "/orders",
                "/teams/" + team + "/orders/" + order, "/listings/" + board, "/listings/" + board + "/preview?country=FR",
                "/revisions/" + sold.revision().id() + "/dossier"));
        pages.put(revoked.maker(), List.of("/teams/" + revoked.team().slug() + "/orders/" + held));
        pages.put(reviewer, List.of("/review", "/review?status=APPROVED", "/review?status=REVOKED",
                "/review/" + inReview.revision().id(), "/review/" + sold.revision().id(),
                "/review/" + recalled.revision().id(), "/recalls", "/recalls/" + recall));
        pages.put(admin, List.of("/admin/teams", "/admin/orders", "/admin/orders?status=ON_HOLD", "/admin/payments",
                "/admin/people", "/admin/people?q=" + buyer.email(), "/admin/security-events",
                "/admin/security-events?kind=SIGNED_IN", "/admin/register", "/admin/shipping", "/admin/donations", "/admin/books", "/orders/" + order,
                "/orders/" + held, "/recalls", "/recalls/" + recall));

        List<String> found = new ArrayList<>();
        pages.forEach((who, paths) -> {
            Api.Session session = api.signIn(who);
            for (String language : List.of("en", "fr")) {
                for (String path : paths) {
                    String url = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                    Api.Answer page = api.get(url, session.headers());
                    assertThat(page.status()).as(url).isEqualTo(200);
                    found.addAll(faults(url, page.body()));
                }
            }
        });

        assertThat(found).as("codes or cents a reader sees").isEmpty();
    }

    /** Each code or amount in cents in the page's visible text, with its page and a little context. */
    private static List<String> faults(String url, String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, code, kbd, samp").remove();
        String text = page.body() == null ? "" : page.body().text();
        List<String> faults = new ArrayList<>();
        for (Element element : page.select("body *")) {
            String own = element.ownText().strip();
            if (COUNTRY_CODES.matcher(own).matches()) {
                faults.add(url + ": a country's code in <" + element.tagName() + ">" + own + "</" + element.tagName() + ">");
            }
        }
        for (Pattern pattern : List.of(CODE, CENTS)) {
            Matcher match = pattern.matcher(text);
            while (match.find()) {
                int from = Math.max(0, match.start() - 40);
                int to = Math.min(text.length(), match.end() + 40);
                faults.add(url + ": " + match.group() + " in \"" + text.substring(from, to) + "\"");
            }
        }
        return faults;
    }
}
