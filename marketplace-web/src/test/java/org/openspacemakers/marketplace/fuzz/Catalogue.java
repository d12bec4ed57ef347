package org.openspacemakers.marketplace.fuzz;

import static org.openspacemakers.marketplace.fuzz.Endpoint.Caller.ANONYMOUS_API;
import static org.openspacemakers.marketplace.fuzz.Endpoint.Caller.ANONYMOUS_PAGE;
import static org.openspacemakers.marketplace.fuzz.Endpoint.Caller.api;
import static org.openspacemakers.marketplace.fuzz.Endpoint.Caller.page;
import static org.openspacemakers.marketplace.fuzz.Field.form;
import static org.openspacemakers.marketplace.fuzz.Field.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fuzz.Endpoint.Caller;
import org.openspacemakers.marketplace.fuzz.Endpoint.Form;
import org.openspacemakers.marketplace.fuzz.Endpoint.Json;
import org.openspacemakers.marketplace.fuzz.Endpoint.None;
import org.openspacemakers.marketplace.fuzz.Endpoint.Query;
import org.openspacemakers.marketplace.fuzz.Endpoint.Upload;

/**
 * Every endpoint of the API and every form of the pages, for each role, with a valid request
 * whose fields the fuzz breaks. Write endpoints name the maker's draft (its forms reach the
 * services), the revision waiting for review (any decision on it is refused: it is not taken),
 * and a register country no test sells to.
 */
final class Catalogue {

    private Catalogue() {
    }

    static List<Endpoint> endpoints(World world) {
        List<Endpoint> all = new ArrayList<>();
        all.addAll(apiEndpoints(world));
        all.addAll(pageEndpoints(world));
        all.addAll(fulfilmentEndpoints());
        return List.copyOf(all);
    }

    private static List<Endpoint> apiEndpoints(World world) {
        Caller buyer = api(Role.BUYER);
        Caller maker = api(Role.MAKER);
        Caller reviewer = api(Role.REVIEWER);
        Caller admin = api(Role.ADMIN);
        String offer = world.placeholder("offer");
        List<Endpoint> api = new ArrayList<>(List.of(
                new Endpoint("POST", "/api/v1/orders", buyer, new Json("""
                        {"lines":[{"offerId":"%s","quantity":1}],"destinationCountry":"FR","buyerType":"CONSUMER",
                         "shippingAddress":{"name":"Ada Lovelace","line1":"1 rue de la Paix","line2":"","postalCode":"75002",
                         "city":"Paris","country":"FR"},"acknowledgements":[],"paymentMethod":"BANK_TRANSFER"}""".formatted(offer),
                        List.of(of("lines", Field.Json.REQUIRED_LIST, "[]", lines(offer, 21)),
                                of("lines[0].offerId", Field.Json.REQUIRED_UUID, "\"" + java.util.UUID.randomUUID() + "\""),
                                of("lines[0].quantity", Field.Json.REQUIRED_NUMBER, "0", "-1", "101", "2147483648", "9223372036854775808"),
                                of("lines[0].suppliedParts", Field.Json.LIST),
                                of("destinationCountry", Field.Json.COUNTRY, "\"DE\""),
                                of("buyerType", Field.Json.REQUIRED_ENUM),
                                of("shippingAddress", Field.Json.REQUIRED_OBJECT),
                                of("shippingAddress.name", Field.Json.REQUIRED_TEXT, json(Field.tooLong(200))),
                                of("shippingAddress.line1", Field.Json.REQUIRED_TEXT, json(Field.tooLong(200))),
                                of("shippingAddress.line2", Field.Json.TEXT, json(Field.tooLong(200))),
                                of("shippingAddress.postalCode", Field.Json.REQUIRED_TEXT, json(Field.tooLong(20))),
                                of("shippingAddress.city", Field.Json.REQUIRED_TEXT, json(Field.tooLong(100))),
                                of("shippingAddress.country", Field.Json.COUNTRY, "\"DE\""),
                                of("acknowledgements", Field.Json.LIST, "[\"\"]", "[null]"),
                                of("paymentMethod", Field.Json.ENUM, "\"CHEQUE\"")))),
                new Endpoint("GET", "/api/v1/orders/{order}", buyer, new None()),
                new Endpoint("GET", "/api/v1/orders/{order}/invoice", buyer, new None()),
                new Endpoint("GET", "/api/v1/orders/{order}/credit-notes/AV-2026-000001", buyer, new None()),
                new Endpoint("GET", "/api/v1/transparency", ANONYMOUS_API, new Query(Map.of(), List.of(
                        Field.form("year", Field.Form.NUMBER, "1999", "-1", "0", "20261")))),
                new Endpoint("GET", "/api/v1/boards", ANONYMOUS_API, new Query(Map.of("q", "max31856"), List.of(
                        Field.form("kind", Field.Form.ENUM), Field.form("minPrice", Field.Form.NUMBER, "-1"),
                        Field.form("maxPrice", Field.Form.NUMBER), Field.form("orderableTo", Field.Form.COUNTRY),
                        Field.form("buyerType", Field.Form.ENUM), Field.form("sort", Field.Form.ENUM),
                        Field.form("cursor", Field.Form.NUMBER, "!!", "eyJ4Ijo", "%%"),
                        Field.form("size", Field.Form.NUMBER, "0", "-1", "101", "2147483648"),
                        Field.form("q", Field.Form.NUMBER, "\u00ff\r\n", "%", Field.tooLong(3000))))),
                new Endpoint("GET", "/api/v1/boards/{publicSlug}", ANONYMOUS_API, new Query(Map.of(), List.of(
                        Field.form("country", Field.Form.COUNTRY), Field.form("buyerType", Field.Form.ENUM)))),
                new Endpoint("POST", "/api/v1/teams", admin, new Json("""
                        {"slug":"fuzz-team","name":"Fuzz team","members":["%s"]}""".formatted(world.otherMaker.email()),
                        List.of(of("slug", Field.Json.REQUIRED_TEXT, "\"Not A Slug!\"", "\"-\"", json(Field.tooLong(300))),
                                of("name", Field.Json.REQUIRED_TEXT, json(Field.tooLong(200))),
                                of("members", Field.Json.LIST, "[\"\"]", "[\"not-an-email\"]", "[\"nobody@nowhere.example\"]")))),
                new Endpoint("POST", "/api/v1/teams/{team}/members", admin, new Json("""
                        {"email":"%s"}""".formatted(world.otherMaker.email()),
                        List.of(of("email", Field.Json.REQUIRED_TEXT, "\"not-an-email\"", "\"nobody@nowhere.example\"",
                                json(Field.tooLong(400)))))),
                new Endpoint("DELETE", "/api/v1/teams/{team}/members/{member}", admin, new None()),
                new Endpoint("GET", "/api/v1/me/data", buyer, new None()),
                new Endpoint("GET", "/api/v1/me/addresses", buyer, new None()),
                new Endpoint("POST", "/api/v1/me/addresses", buyer, new Json("""
                        {"name":"Ada Lovelace","line1":"1 rue de la Paix","line2":"","postalCode":"75002","city":"Paris","country":"FR"}""",
                        List.of(of("name", Field.Json.REQUIRED_TEXT, json(Field.tooLong(201))),
                                of("line1", Field.Json.REQUIRED_TEXT, json(Field.tooLong(201))),
                                of("line2", Field.Json.TEXT, json(Field.tooLong(201))),
                                of("postalCode", Field.Json.REQUIRED_TEXT, json(Field.tooLong(21))),
                                of("city", Field.Json.REQUIRED_TEXT, json(Field.tooLong(101))),
                                of("country", Field.Json.COUNTRY)))),
                new Endpoint("POST", "/api/v1/me/erasure", buyer, new Json("""
                        {"password":"%s"}""".formatted(world.users.get(Role.BUYER).password()),
                        List.of(of("password", Field.Json.REQUIRED_TEXT, "\"not-the-password\"", json(Field.tooLong(300)))))),
                new Endpoint("PUT", "/api/v1/teams/{team}/capacity", maker, new Json("""
                        {"weeklyCapacity":5,"horizonWeeks":4}""",
                        List.of(of("weeklyCapacity", Field.Json.REQUIRED_NUMBER, "-1", "2147483648"),
                                of("horizonWeeks", Field.Json.REQUIRED_NUMBER, "-1", "2147483648")))),
                new Endpoint("PUT", "/api/v1/teams/{team}/pause", maker, new Json("""
                        {"pausedUntil":"%s"}""".formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10)),
                        List.of(of("pausedUntil", Field.Json.DATE, "null", "\"2000-01-01\"")))),
                new Endpoint("DELETE", "/api/v1/teams/{team}/pause", maker, new None()),
                new Endpoint("PUT", "/api/v1/teams/{team}/workshop", maker, new Json("""
                        {"address":"1 rue de l'Atelier, Toulouse"}""", List.of(of("address", Field.Json.TEXT)))),
                new Endpoint("POST", "/api/v1/teams/{team}/boards", maker, new Json(boardJson("fuzz-board"), boardFields(true))),
                new Endpoint("PUT", "/api/v1/boards/{slug}", maker, new Json(boardJson("{slug}"), boardFields(false))),
                new Endpoint("POST", "/api/v1/boards/{slug}/revisions", maker, new Json("""
                        {"label":"9.9","sourceRef":"v9.9","firmwareVersion":"1","changeNotes":"fuzz"}""",
                        List.of(of("label", Field.Json.REQUIRED_TEXT, json(Field.tooLong(300))),
                                of("sourceRef", Field.Json.TEXT), of("changeNotes", Field.Json.TEXT)))),
                new Endpoint("PUT", "/api/v1/revisions/{revision}", maker, new Json("""
                        {"sourceRef":"v1.0","firmwareVersion":"1","changeNotes":"fuzz"}""",
                        List.of(of("sourceRef", Field.Json.TEXT), of("firmwareVersion", Field.Json.TEXT),
                                of("changeNotes", Field.Json.TEXT)))),
                new Endpoint("PUT", "/api/v1/revisions/{revision}/bom", maker, new Upload(null, "text/csv", Map.of())),
                new Endpoint("POST", "/api/v1/boards/{slug}/photos", maker, new Upload(null, "image/png", Map.of())),
                new Endpoint("DELETE", "/api/v1/boards/{slug}/photos/{sha}", maker, new None()),
                new Endpoint("PUT", "/api/v1/revisions/{revision}/bom/lines/1/alternates", maker, new Json("""
                        {"mpns":["RC0603FR-0710KL"]}""", List.of(of("mpns", Field.Json.REQUIRED_LIST, "[\"\"]", "[null]",
                        "[" + json(Field.tooLong(100)) + "]")))),
                new Endpoint("PUT", "/api/v1/revisions/{revision}/offers/FULL_KIT", maker, new Json("""
                        {"price":{"amountMinor":2500,"currency":"EUR"},"vatCategory":"STANDARD",
                         "breakdown":{"partsMinor":1000,"pcbMinor":300,"labourMinor":700,"associationMinor":250,"teamMinor":250}}""",
                        List.of(of("price", Field.Json.REQUIRED_OBJECT),
                                of("price.amountMinor", Field.Json.REQUIRED_NUMBER, "-1", "0", "9223372036854775807",
                                        "9000000000000000000", "9223372036854775808"),
                                of("price.currency", Field.Json.REQUIRED_TEXT, "\"XXX\"", "\"usd\"", "\"EURO\""),
                                of("vatCategory", Field.Json.REQUIRED_ENUM),
                                of("breakdown", Field.Json.REQUIRED_OBJECT),
                                of("breakdown.partsMinor", Field.Json.REQUIRED_NUMBER, "-1", "9223372036854775807"),
                                of("breakdown.pcbMinor", Field.Json.REQUIRED_NUMBER, "-1", "9223372036854775807"),
                                of("breakdown.labourMinor", Field.Json.REQUIRED_NUMBER, "-1", "4611686018427387904"),
                                of("breakdown.associationMinor", Field.Json.REQUIRED_NUMBER, "-1"),
                                of("breakdown.teamMinor", Field.Json.REQUIRED_NUMBER, "-1", "9223372036854775807")))),
                new Endpoint("POST", "/api/v1/revisions/{revision}/submit", maker, new None()),
                new Endpoint("GET", "/api/v1/revisions/{revision}/dossier", maker, new None()),
                new Endpoint("PUT", "/api/v1/revisions/{revision}/dossier", maker, new Json("""
                        {"ce":{},"rohs":{},"weee":{"household":true},"gpsr":{},"battery":{"onBoard":false},"svhc":{"present":false}}""",
                        List.of(of("ce", Field.Json.OBJECT), of("rohs", Field.Json.OBJECT), of("weee", Field.Json.OBJECT),
                                of("gpsr", Field.Json.OBJECT), of("battery", Field.Json.OBJECT), of("svhc", Field.Json.OBJECT),
                                of("weee.household", Field.Json.BOOLEAN), of("battery.onBoard", Field.Json.BOOLEAN),
                                of("rohs.category", Field.Json.NUMBER), of("rohs.parts", Field.Json.LIST),
                                of("ce.standards", Field.Json.LIST), of("gpsr.warnings", Field.Json.LIST),
                                of("ce.docSignedOn", Field.Json.DATE),
                                of("ce.docPlace", Field.Json.TEXT, json(Field.tooLong(300)))))),
                new Endpoint("POST", "/api/v1/revisions/{revision}/dossier/evidence", maker,
                        new Upload("file", "application/pdf", Map.of("item", "ROHS_DECLARATION"))),
                new Endpoint("GET", "/api/v1/revisions/{revision}/dossier/evidence/{sha}", maker, new None()),
                new Endpoint("GET", "/api/v1/register", admin, new None()),
                new Endpoint("PUT", "/api/v1/register/weee/{country}", admin, new Json("""
                        {"registrationNumber":"CY-FUZZ-1","holder":"Fuzz","validUntil":"2099-01-01","categories":[5],"household":true}""",
                        List.of(of("registrationNumber", Field.Json.REQUIRED_TEXT, json(Field.tooLong(300))),
                                of("holder", Field.Json.REQUIRED_TEXT), of("validUntil", Field.Json.DATE),
                                of("authorisedRepresentative", Field.Json.TEXT), of("complianceScheme", Field.Json.TEXT)))),
                new Endpoint("PUT", "/api/v1/register/BATTERIES/{country}", admin, new Json("""
                        {"registrationNumber":"CY-FUZZ-2","holder":"Fuzz","validUntil":"2099-01-01"}""",
                        List.of(of("registrationNumber", Field.Json.REQUIRED_TEXT), of("holder", Field.Json.REQUIRED_TEXT),
                                of("validUntil", Field.Json.DATE)))),
                new Endpoint("POST", "/api/v1/revisions/{submitted}/review/start", reviewer, new None()),
                new Endpoint("POST", "/api/v1/revisions/{submitted}/review/approve", reviewer, new Json("""
                        {"countries":["FR"],"buyerTypes":["CONSUMER"],"offerKinds":["FULL_KIT"],"reason":"ok","checklist":[]}""",
                        List.of(of("countries", Field.Json.LIST, "[\"ZZ\"]", "[null]"), of("buyerTypes", Field.Json.LIST, "[\"NOPE\"]"),
                                of("offerKinds", Field.Json.LIST, "[\"NOPE\"]"), of("checklist", Field.Json.LIST, "[\"NOPE\"]"),
                                of("reason", Field.Json.TEXT)))),
                new Endpoint("POST", "/api/v1/revisions/{submitted}/review/amend-scope", reviewer, new Json("""
                        {"addCountries":["DE"],"removeCountries":[],"reason":"ok"}""",
                        List.of(of("addCountries", Field.Json.LIST, "[\"ZZ\"]", "[null]"),
                                of("removeCountries", Field.Json.LIST, "[\"US\"]", "[null]"),
                                of("reason", Field.Json.REQUIRED_TEXT, json(Field.tooLong(5000)))))),
                new Endpoint("POST", "/api/v1/revisions/{submitted}/review/request-changes", reviewer, new Json("""
                        {"reason":"please","comments":[{"item":"CE","comment":"more"}]}""",
                        List.of(of("reason", Field.Json.REQUIRED_TEXT, json(Field.tooLong(5000))),
                                of("comments", Field.Json.LIST, "[null]", "[{\"item\":{}}]"))))));
        // Anyone's account endpoints, with requests that would store nothing even if taken: an address no
        // account has, tokens nobody was given. Sign-up is left out: a request it takes creates an account.
        api.add(new Endpoint("POST", "/api/v1/accounts/password-reset", ANONYMOUS_API, new Json("""
                {"email":"nobody-fuzz@test.example"}""", List.of(of("email", Field.Json.REQUIRED_TEXT, "\"not-an-email\"",
                json(Field.tooLong(254)))))));
        api.add(new Endpoint("POST", "/api/v1/accounts/verify", ANONYMOUS_API, new Json("""
                {"token":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""", List.of(of("token", Field.Json.REQUIRED_TEXT,
                "\"nope\"", json(Field.tooLong(300)))))));
        api.add(new Endpoint("POST", "/api/v1/accounts/password-reset/confirm", ANONYMOUS_API, new Json("""
                {"token":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","password":"violet-kettle-marching-42"}""",
                List.of(of("token", Field.Json.REQUIRED_TEXT, "\"nope\""),
                        of("password", Field.Json.REQUIRED_TEXT, "\"short\"", "\"password1234\"")))));
        for (String decision : List.of("reject", "suspend", "resume", "revoke")) {
            api.add(new Endpoint("POST", "/api/v1/revisions/{submitted}/review/" + decision, reviewer, new Json("""
                    {"reason":"because"}""", List.of(of("reason", Field.Json.REQUIRED_TEXT, json(Field.tooLong(5000)))))));
        }
        return api;
    }

    private static List<Endpoint> pageEndpoints(World world) {
        Caller buyer = page(Role.BUYER);
        Caller maker = page(Role.MAKER);
        Caller reviewer = page(Role.REVIEWER);
        Caller admin = page(Role.ADMIN);
        List<Field> storefront = List.of(form("q", Field.Form.NUMBER, "\u00ff\r\n", Field.tooLong(3000)),
                form("kind", Field.Form.ENUM), form("minPrice", Field.Form.NUMBER, "-1"), form("maxPrice", Field.Form.NUMBER),
                form("country", Field.Form.COUNTRY), form("orderable", Field.Form.ENUM, "maybe"), form("sort", Field.Form.ENUM),
                form("cursor", Field.Form.NUMBER, "!!", "%%"), form("lang", Field.Form.ENUM, "xx-\r\n", Field.tooLong(300)),
                form("licence", Field.Form.ENUM));
        return List.of(
                new Endpoint("GET", "/", ANONYMOUS_PAGE, new Query(Map.of("q", "thermocouple"), storefront)),
                new Endpoint("GET", "/boards/{publicSlug}", ANONYMOUS_PAGE, new Query(Map.of(), List.of(
                        form("country", Field.Form.COUNTRY), form("lang", Field.Form.ENUM)))),
                new Endpoint("GET", "/boards/{publicSlug}/revisions/{publicRevision}/declaration-of-conformity", ANONYMOUS_PAGE,
                        new None()),
                new Endpoint("GET", "/photos/{sha}", ANONYMOUS_PAGE, new None()),
                new Endpoint("POST", "/login", ANONYMOUS_PAGE, new None()),
                new Endpoint("GET", "/orders/new", buyer, new Query(Map.of("offer", world.placeholder("offer"), "country", "FR"),
                        List.of(form("offer", Field.Form.REQUIRED_UUID), form("country", Field.Form.COUNTRY)))),
                new Endpoint("GET", "/checkout", buyer, new Query(Map.of("country", "FR"), List.of(
                        form("country", Field.Form.COUNTRY), form("buyerType", Field.Form.ENUM)))),
                new Endpoint("POST", "/checkout", buyer, Form.of(List.of(
                                form("lines[0].offerId", Field.Form.REQUIRED_UUID, java.util.UUID.randomUUID().toString()),
                                form("idempotencyKey", Field.Form.REQUIRED_TEXT, Field.tooLong(100)),
                                form("lines[0].quantity", Field.Form.REQUIRED_NUMBER, "0", "-1", "101", "2147483648"),
                                form("lines[999999].offerId", Field.Form.NUMBER, world.placeholder("offer")),
                                form("lines[0].parts[-1].mpn", Field.Form.NUMBER, "x"),
                                form("buyerType", Field.Form.REQUIRED_ENUM),
                                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(200)),
                                form("line1", Field.Form.REQUIRED_TEXT, Field.tooLong(200)),
                                form("postalCode", Field.Form.REQUIRED_TEXT, Field.tooLong(20)),
                                form("city", Field.Form.REQUIRED_TEXT, Field.tooLong(100)),
                                form("country", Field.Form.COUNTRY, "DE"),
                                form("shippingMethod", Field.Form.ENUM, "TRACKED"),
                                form("termsAccepted", Field.Form.ENUM, Field.MISSING, "false"),
                                form("shownTotal", Field.Form.NUMBER, "0", "-1"),
                                form("fromCart", Field.Form.ENUM, "maybe"),
                                form("acknowledgeClassA", Field.Form.ENUM, "maybe")),
                        "lines[0].offerId", world.placeholder("offer"), "idempotencyKey", "fuzz-key", "lines[0].quantity", "1",
                        "buyerType", "CONSUMER", "name", "Ada Lovelace", "line1", "1 rue de la Paix", "line2", "",
                        "postalCode", "75002", "city", "Paris", "country", "FR", "termsAccepted", "true",
                        "shownTotal", world.placeholder("shownTotal"))),
                new Endpoint("GET", "/cart", buyer, new Query(Map.of("add", world.placeholder("offer"), "quantity", "2"), List.of(
                        form("add", Field.Form.REQUIRED_UUID), form("quantity", Field.Form.NUMBER)))),
                new Endpoint("POST", "/cart", buyer, Form.of(List.of(
                                form("offer", Field.Form.REQUIRED_UUID, java.util.UUID.randomUUID().toString()),
                                form("quantity", Field.Form.REQUIRED_NUMBER, "0", "-1", "101", "2147483648")),
                        "offer", world.placeholder("offer"), "quantity", "1")),
                new Endpoint("POST", "/cart/{offer}", buyer, Form.of(List.of(
                                form("quantity", Field.Form.REQUIRED_NUMBER, "0", "-1", "101", "2147483648")),
                        "quantity", "3")),
                new Endpoint("POST", "/cart/{offer}/remove", buyer, new None()),
                new Endpoint("GET", "/terms", ANONYMOUS_PAGE, new Query(Map.of(), List.of(form("lang", Field.Form.ENUM)))),
                new Endpoint("GET", "/transparency", ANONYMOUS_PAGE, new Query(Map.of(), List.of(
                        form("year", Field.Form.NUMBER, "1999", "-1", "0", "20261"), form("lang", Field.Form.ENUM)))),
                new Endpoint("GET", "/donate", ANONYMOUS_PAGE, new Query(Map.of(), List.of(form("lang", Field.Form.ENUM)))),
                new Endpoint("POST", "/donate", buyer, Form.of(List.of(
                                form("amount", Field.Form.REQUIRED_ENUM, "50000", "0", "-10", "10.5"),
                                form("otherAmount", Field.Form.NUMBER, "0,50", "10000,01", "-5"),
                                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(200)),
                                form("email", Field.Form.REQUIRED_TEXT, "not-an-address", Field.tooLong(254)),
                                form("country", Field.Form.OPTIONAL_COUNTRY),
                                form("donorKind", Field.Form.ENUM)),
                        "amount", "10", "name", "Ada Lovelace", "email", "ada@example.org")),
                new Endpoint("GET", "/donations/" + "A".repeat(43), ANONYMOUS_PAGE, new None()),
                new Endpoint("GET", "/account/donations", buyer, new None()),
                new Endpoint("GET", "/orders", buyer, new None()),
                new Endpoint("GET", "/orders/{order}", buyer, new None()),
                new Endpoint("GET", "/orders/{order}/invoice", buyer, new None()),
                new Endpoint("GET", "/orders/{order}/credit-notes/AV-2026-000001", buyer, new None()),
                new Endpoint("GET", "/account", buyer, new None()),
                new Endpoint("POST", "/account/tokens", buyer, Form.of(List.of(
                        form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(200))), "name", "another token")),
                new Endpoint("POST", "/account/tokens/{token}/revoke", buyer, new None()),
                new Endpoint("POST", "/account/addresses", buyer, Form.of(List.of(
                                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(201)),
                                form("line1", Field.Form.REQUIRED_TEXT, Field.tooLong(201)),
                                form("line2", Field.Form.NUMBER, Field.tooLong(201)),
                                form("postalCode", Field.Form.REQUIRED_TEXT, Field.tooLong(21)),
                                form("city", Field.Form.REQUIRED_TEXT, Field.tooLong(101)),
                                form("country", Field.Form.OPTIONAL_COUNTRY),
                                form("donorKind", Field.Form.ENUM)),
                        "name", "Ada Lovelace", "line1", "1 rue de la Paix", "postalCode", "75002", "city", "Paris",
                        "country", "FR")),
                new Endpoint("GET", "/account/data", buyer, new None()),
                // the buyer's order is in progress: even a request with nothing broken is refused
                new Endpoint("POST", "/account/erasure", buyer, Form.of(List.of(
                                form("password", Field.Form.REQUIRED_TEXT, "not-the-password", Field.tooLong(300)),
                                form("confirm", Field.Form.ENUM)),
                        "password", world.users.get(Role.BUYER).password(), "confirm", "true")),
                new Endpoint("GET", "/teams", maker, new None()),
                new Endpoint("GET", "/teams/{team}", maker, new None()),
                new Endpoint("POST", "/teams/{team}/capacity", maker, Form.of(List.of(
                                form("weeklyCapacity", Field.Form.REQUIRED_NUMBER, "-1", "2147483648"),
                                form("horizonWeeks", Field.Form.REQUIRED_NUMBER, "-1", "2147483648")),
                        "weeklyCapacity", "5", "horizonWeeks", "4", "workshopAddress", "Toulouse")),
                new Endpoint("POST", "/teams/{team}/pause", maker, Form.of(List.of(
                                form("pausedUntil", Field.Form.DATE, "", "2000-01-01")),
                        "pausedUntil", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString())),
                new Endpoint("POST", "/teams/{team}/resume", maker, new None()),
                new Endpoint("GET", "/teams/{team}/boards/new", maker, new None()),
                new Endpoint("POST", "/teams/{team}/boards", maker, Form.of(boardFormFields(true),
                        "slug", "fuzz-page-board", "name", "Fuzz", "summary", "s", "description", "d", "licence", "CERN-OHL-S-2.0",
                        "sourceUrl", "https://example.org/fuzz", "oshwaUid", "", "tags", "fuzz")),
                new Endpoint("GET", "/listings/{slug}", maker, new None()),
                new Endpoint("POST", "/listings/{slug}", maker, Form.of(boardFormFields(false),
                        "name", "Fuzz", "summary", "s", "description", "d", "licence", "CERN-OHL-S-2.0",
                        "sourceUrl", "https://example.org/fuzz", "oshwaUid", "", "tags", "fuzz")),
                new Endpoint("POST", "/listings/{slug}/photos", maker, new Upload("file", "image/png", Map.of())),
                new Endpoint("POST", "/listings/{slug}/photos/{sha}/delete", maker, Form.of(List.of())),
                new Endpoint("POST", "/listings/{slug}/photos/{sha}/credit", maker, Form.of(List.of(
                        new Field("credit", List.of(Field.tooLong(200), "Photo\r\nfuzz"))), "credit", "Photo: fuzz")),
                new Endpoint("GET", "/listings/{slug}/preview", maker, new None()),
                new Endpoint("POST", "/listings/{slug}/photos/{sha}/move", maker, Form.of(List.of(
                        form("direction", Field.Form.REQUIRED_ENUM, "sideways")), "direction", "up")),
                new Endpoint("POST", "/listings/{slug}/revisions", maker, Form.of(List.of(
                        form("label", Field.Form.REQUIRED_TEXT, Field.tooLong(300))), "label", "9.9")),
                new Endpoint("POST", "/revisions/{revision}/describe", maker, Form.of(List.of(),
                        "sourceRef", "v1", "firmwareVersion", "1", "changeNotes", "fuzz")),
                new Endpoint("POST", "/revisions/{revision}/bom", maker, new Upload("file", "text/csv", Map.of())),
                new Endpoint("POST", "/revisions/{revision}/offers/FULL_KIT", maker, Form.of(List.of(
                                form("price", Field.Form.REQUIRED_NUMBER, "-1", "0", "99999999.99", "1.234"),
                                form("parts", Field.Form.REQUIRED_NUMBER, "-1"), form("pcb", Field.Form.REQUIRED_NUMBER),
                                form("labour", Field.Form.REQUIRED_NUMBER), form("association", Field.Form.REQUIRED_NUMBER),
                                form("team", Field.Form.REQUIRED_NUMBER), form("vatCategory", Field.Form.REQUIRED_ENUM)),
                        "price", "25", "parts", "10", "pcb", "3", "labour", "7", "association", "2.5", "team", "2.5",
                        "vatCategory", "STANDARD")),
                new Endpoint("POST", "/revisions/{revision}/submit", maker, new None()),
                new Endpoint("GET", "/revisions/{revision}/dossier", maker, new None()),
                new Endpoint("POST", "/revisions/{revision}/dossier", maker, Form.of(List.of(
                                form("rohs.category", Field.Form.NUMBER), form("weee.household", Field.Form.ENUM, "maybe"),
                                form("battery.onBoard", Field.Form.ENUM, "maybe"), form("svhc.present", Field.Form.ENUM, "maybe"),
                                form("rohs.parts[999999].mpn", Field.Form.NUMBER, "x"),
                                form("rohs.parts[-1].mpn", Field.Form.NUMBER, "x"),
                                form("ce.standards[2147483647].code", Field.Form.NUMBER, "x"),
                                form("ce.docSignedOn", Field.Form.DATE)),
                        "weee.household", "true")),
                new Endpoint("POST", "/revisions/{revision}/dossier/evidence", maker,
                        new Upload("file", "application/pdf", Map.of("item", "ROHS_DECLARATION"))),
                new Endpoint("GET", "/revisions/{revision}/dossier/evidence/{sha}", maker, new None()),
                new Endpoint("GET", "/review", reviewer, new None()),
                new Endpoint("GET", "/review/{submitted}", reviewer, new None()),
                new Endpoint("POST", "/review/{submitted}/start", reviewer, new None()),
                new Endpoint("POST", "/review/{submitted}/approve", reviewer, Form.of(List.of(
                                form("countries", Field.Form.COUNTRY), form("buyerTypes", Field.Form.ENUM),
                                form("offerKinds", Field.Form.ENUM), form("checklist", Field.Form.ENUM)),
                        "countries", "FR", "buyerTypes", "CONSUMER", "offerKinds", "FULL_KIT", "reason", "ok")),
                new Endpoint("POST", "/review/{submitted}/amend-scope", reviewer, Form.of(List.of(
                                form("addCountries", Field.Form.COUNTRY), form("removeCountries", Field.Form.COUNTRY),
                                form("reason", Field.Form.REQUIRED_TEXT, Field.tooLong(5000))),
                        "addCountries", "DE", "reason", "ok")),
                new Endpoint("POST", "/review/{submitted}/reject", reviewer, Form.of(List.of(
                        form("reason", Field.Form.REQUIRED_TEXT, Field.tooLong(5000))), "reason", "because")),
                new Endpoint("POST", "/review/{submitted}/request-changes", reviewer, Form.of(List.of(
                                form("reason", Field.Form.REQUIRED_TEXT, Field.tooLong(5000)),
                                form("comment[NOPE]", Field.Form.NUMBER, "x")),
                        "reason", "please")),
                new Endpoint("GET", "/admin/teams", admin, new None()),
                new Endpoint("POST", "/admin/teams", admin, Form.of(List.of(
                                form("slug", Field.Form.REQUIRED_TEXT, "Not A Slug!", Field.tooLong(300)),
                                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(200)),
                                form("members", Field.Form.NUMBER, "not-an-email", "nobody@nowhere.example")),
                        "slug", "fuzz-page-team", "name", "Fuzz", "members", world.otherMaker.email())),
                new Endpoint("POST", "/admin/teams/{team}/members", admin, Form.of(List.of(
                        form("email", Field.Form.REQUIRED_TEXT, "not-an-email", "nobody@nowhere.example")),
                        "email", world.otherMaker.email())),
                // the draft team's one member, whose team has a board: even a request with nothing broken is refused
                new Endpoint("POST", "/admin/teams/{team}/members/{member}/remove", admin, new None()),
                new Endpoint("GET", "/admin/register", admin, new None()),
                new Endpoint("GET", "/admin/books", admin, new Query(Map.of(), List.of(
                        form("year", Field.Form.NUMBER, "1999", "-1", "0", "20261")))),
                new Endpoint("GET", "/admin/books.csv", admin, new Query(Map.of(), List.of(
                        form("year", Field.Form.NUMBER, "1999", "-1", "0", "20261")))),
                new Endpoint("GET", "/admin/shipping", admin, new None()),
                new Endpoint("POST", "/admin/shipping/zones", admin, Form.of(List.of(
                                form("code", Field.Form.REQUIRED_TEXT, "not a code!", Field.tooLong(20)),
                                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(100)),
                                form("countries", Field.Form.COUNTRY, "FR", "IS ZZ", ",,,")),
                        "code", world.placeholder("zone"), "name", "Fuzz", "countries", "IS")),
                new Endpoint("POST", "/admin/shipping/zones/{zone}/delete", admin, new None()),
                new Endpoint("POST", "/admin/shipping/rates", admin, Form.of(List.of(
                                form("zone", Field.Form.REQUIRED_TEXT, "NOPE"),
                                form("method", Field.Form.REQUIRED_ENUM),
                                form("amount", Field.Form.REQUIRED_NUMBER, "-1", "1.234", "99999999")),
                        "zone", world.placeholder("zone"), "method", "STANDARD", "amount", "5")),
                new Endpoint("POST", "/admin/shipping/zones/{zone}/rates/{method}/remove", admin, new None()),
                new Endpoint("POST", "/admin/register/weee", admin, Form.of(List.of(
                                form("country", Field.Form.COUNTRY), form("registrationNumber", Field.Form.REQUIRED_TEXT),
                                form("holder", Field.Form.REQUIRED_TEXT), form("validUntil", Field.Form.DATE)),
                        "country", "CY", "registrationNumber", "CY-FUZZ-3", "holder", "Fuzz", "validUntil", "2099-01-01",
                        "categories", "5", "household", "true")),
                new Endpoint("POST", "/admin/register/producer", admin, Form.of(List.of(
                                form("kind", Field.Form.REQUIRED_ENUM), form("country", Field.Form.COUNTRY),
                                form("registrationNumber", Field.Form.REQUIRED_TEXT), form("holder", Field.Form.REQUIRED_TEXT),
                                form("validUntil", Field.Form.DATE)),
                        "kind", "BATTERIES", "country", "CY", "registrationNumber", "CY-FUZZ-4", "holder", "Fuzz",
                        "validUntil", "2099-01-01")));
    }

    /**
     * The team's fulfilment (units, parts checklist, shipment, team pages), the parts file and recalls.
     * The order is the buyer's, of another team than the maker's: every write is refused whatever it holds.
     */
    private static List<Endpoint> fulfilmentEndpoints() {
        Caller buyer = api(Role.BUYER);
        Caller maker = api(Role.MAKER);
        Caller reviewer = api(Role.REVIEWER);
        Caller makerPage = page(Role.MAKER);
        String unknownSerial = "BOARD-1.0-99999";
        String team = "/teams/{team}/orders/{order}";
        return List.of(
                new Endpoint("GET", "/api/v1/orders/{order}/units", buyer, new None()),
                new Endpoint("GET", "/api/v1/orders/{order}/units/" + unknownSerial, buyer, new None()),
                new Endpoint("POST", "/api/v1/orders/{order}/units", maker, new Json("""
                        {"lineNo":0,"firmwareVersion":"1.0","result":"PASSED","notes":""}""",
                        List.of(of("lineNo", Field.Json.REQUIRED_NUMBER, "-1", "2147483648"),
                                of("firmwareVersion", Field.Json.REQUIRED_TEXT, json(Field.tooLong(40))),
                                of("result", Field.Json.REQUIRED_ENUM),
                                of("notes", Field.Json.TEXT, json(Field.tooLong(1000))),
                                of("assemblyMinutes", Field.Json.NUMBER, "-1", "1441"),
                                of("testMinutes", Field.Json.NUMBER, "-1", "1441")))),
                new Endpoint("POST", "/api/v1/orders/{order}/units/" + unknownSerial + "/tests", maker, new Json("""
                        {"firmwareVersion":"1.0","result":"FAILED","notes":"no reading"}""",
                        List.of(of("firmwareVersion", Field.Json.REQUIRED_TEXT, json(Field.tooLong(40))),
                                of("result", Field.Json.REQUIRED_ENUM),
                                of("notes", Field.Json.TEXT, json(Field.tooLong(1000)))))),
                new Endpoint("GET", "/api/v1/orders/{order}/parts-check", buyer, new None()),
                new Endpoint("POST", "/api/v1/orders/{order}/parts-check", maker, new Json("""
                        {"parts":[{"lineNo":0,"itemNo":0,"status":"RECEIVED","receivedMpn":"","note":""}]}""",
                        List.of(of("parts", Field.Json.REQUIRED_LIST, "[]", "[null]"),
                                of("parts[0].lineNo", Field.Json.REQUIRED_NUMBER, "-1"),
                                of("parts[0].itemNo", Field.Json.REQUIRED_NUMBER, "-1"),
                                of("parts[0].status", Field.Json.REQUIRED_ENUM),
                                of("parts[0].receivedMpn", Field.Json.TEXT, json(Field.tooLong(100))),
                                of("parts[0].note", Field.Json.TEXT, json(Field.tooLong(500)))))),
                new Endpoint("GET", "/api/v1/orders/{order}/parts.csv", buyer, new None()),
                new Endpoint("POST", "/api/v1/orders/{order}/shipment", maker, new Json("""
                        {"carrier":"La Poste","trackingNumber":"6A0001","leftoverParts":"2 x 10k"}""",
                        List.of(of("carrier", Field.Json.REQUIRED_TEXT, json(Field.tooLong(100))),
                                of("trackingNumber", Field.Json.REQUIRED_TEXT, json(Field.tooLong(100))),
                                of("leftoverParts", Field.Json.TEXT, json(Field.tooLong(500)))))),
                new Endpoint("GET", "/api/v1/revisions/{publicRevision}/recall", reviewer, new None()),
                new Endpoint("GET", "/api/v1/recalls", reviewer, new None()),
                new Endpoint("GET", "/api/v1/recalls/" + java.util.UUID.nameUUIDFromBytes(new byte[] {1}), reviewer, new None()),
                new Endpoint("GET", "/orders/{order}/parts.csv", page(Role.BUYER), new None()),
                new Endpoint("GET", "/teams/{team}/orders", makerPage, new None()),
                new Endpoint("GET", team, makerPage, new None()),
                new Endpoint("POST", team + "/parts", makerPage, Form.of(List.of(
                                form("parts[0].lineNo", Field.Form.NUMBER), form("parts[0].status", Field.Form.ENUM),
                                form("parts[999999].status", Field.Form.NUMBER, "RECEIVED")),
                        "parts[0].lineNo", "0", "parts[0].itemNo", "0", "parts[0].status", "RECEIVED")),
                new Endpoint("POST", team + "/assembly", makerPage, new None()),
                new Endpoint("POST", team + "/units", makerPage, Form.of(List.of(
                                form("lineNo", Field.Form.REQUIRED_NUMBER, "-1"),
                                form("firmwareVersion", Field.Form.REQUIRED_TEXT, Field.tooLong(40)),
                                form("result", Field.Form.REQUIRED_ENUM),
                                form("assemblyMinutes", Field.Form.NUMBER, "-1", "1441"),
                                form("testMinutes", Field.Form.NUMBER, "-1", "1441")),
                        "lineNo", "0", "firmwareVersion", "1.0", "result", "PASSED", "notes", "")),
                new Endpoint("POST", team + "/units/tests", makerPage, Form.of(List.of(
                                form("serial", Field.Form.REQUIRED_TEXT, Field.tooLong(80)),
                                form("firmwareVersion", Field.Form.REQUIRED_TEXT, Field.tooLong(40)),
                                form("result", Field.Form.REQUIRED_ENUM)),
                        "serial", unknownSerial, "firmwareVersion", "1.0", "result", "PASSED")),
                new Endpoint("POST", team + "/tested", makerPage, new None()),
                new Endpoint("POST", team + "/shipment", makerPage, Form.of(List.of(
                                form("carrier", Field.Form.REQUIRED_TEXT, Field.tooLong(100)),
                                form("trackingNumber", Field.Form.REQUIRED_TEXT, Field.tooLong(100))),
                        "carrier", "La Poste", "trackingNumber", "6A0001")),
                new Endpoint("POST", team + "/delivered", makerPage, new None()),
                new Endpoint("GET", "/recalls", page(Role.REVIEWER), new None()),
                new Endpoint("GET", "/recalls/" + java.util.UUID.nameUUIDFromBytes(new byte[] {1}), page(Role.ADMIN), new None()));
    }

    private static String boardJson(String slug) {
        return """
                {"slug":"%s","name":"Fuzz","summary":"s","description":"d","licence":"CERN-OHL-S-2.0",
                 "sourceUrl":"https://example.org/fuzz","oshwaUid":null,"tags":["fuzz"]}""".formatted(slug);
    }

    private static List<Field> boardFields(boolean creating) {
        List<Field> fields = new ArrayList<>(List.of(
                of("name", Field.Json.REQUIRED_TEXT, json(Field.tooLong(300))),
                of("licence", Field.Json.REQUIRED_TEXT, "\"NOPE-LICENCE\""),
                of("sourceUrl", Field.Json.REQUIRED_TEXT, "\"javascript:alert(1)\"", "\"not a url\""),
                of("oshwaUid", Field.Json.TEXT, "\"not-a-uid\""),
                of("tags", Field.Json.LIST, "[{}]"),
                of("summary", Field.Json.TEXT), of("description", Field.Json.TEXT)));
        if (creating) {
            fields.add(of("slug", Field.Json.REQUIRED_TEXT, "\"Not A Slug!\""));
        }
        return fields;
    }

    private static List<Field> boardFormFields(boolean creating) {
        List<Field> fields = new ArrayList<>(List.of(
                form("name", Field.Form.REQUIRED_TEXT, Field.tooLong(300)),
                form("licence", Field.Form.REQUIRED_TEXT, "NOPE-LICENCE"),
                form("sourceUrl", Field.Form.REQUIRED_TEXT, "javascript:alert(1)", "not a url"),
                form("oshwaUid", Field.Form.ENUM, "not-a-uid")));
        if (creating) {
            fields.add(form("slug", Field.Form.REQUIRED_TEXT, "Not A Slug!"));
        }
        return fields;
    }

    private static String lines(String offer, int count) {
        return "[" + String.join(",", java.util.Collections.nCopies(count,
                "{\"offerId\":\"" + offer + "\",\"quantity\":1}")) + "]";
    }

    private static String json(String text) {
        return "\"" + text + "\"";
    }
}
