package org.openspacemakers.marketplace.fuzz;

import static org.openspacemakers.marketplace.support.OrderBodies.orderBody;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Role;
import org.openspacemakers.marketplace.fixtures.Credentials;
import org.openspacemakers.marketplace.fixtures.Fixtures;
import org.openspacemakers.marketplace.support.Api;

/**
 * What the fuzz's requests name: a user of each role with an API token and a signed-in browser
 * session, a maker's draft board (whose forms reach the services), a board submitted for review,
 * an approved board to order and an order of the buyer's. Paths name them by placeholder.
 */
final class World {

    private static final String ZONE = "FUZZ";

    final Map<Role, Credentials> users = new EnumMap<>(Role.class);
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    final Map<Role, Api.Session> sessions = new EnumMap<>(Role.class);
    final Map<String, String> placeholders = new LinkedHashMap<>();
    final Credentials otherMaker;

    World(Fixtures fixtures, AccessTokens accessTokens, Api api) {
        Fixtures.Listing draft = fixtures.draftListing();
        Fixtures.Listing submitted = fixtures.submittedListing();
        Fixtures.Listing approved = fixtures.approvedListing("FR");
        users.put(Role.BUYER, fixtures.user(Role.BUYER));
        users.put(Role.MAKER, draft.maker());
        users.put(Role.REVIEWER, fixtures.user(Role.REVIEWER));
        users.put(Role.ADMIN, fixtures.user(Role.ADMIN));
        otherMaker = approved.maker();
        users.forEach((role, user) -> {
            tokens.put(role, accessTokens.create(user.id(), "fuzz").value());
            sessions.put(role, api.signIn(user));
        });
        String order = api.placeOrder(users.get(Role.BUYER), UUID.randomUUID().toString(),
                orderBody(approved.fullKit().id(), 1, "FR")).json().get("id").asString();
        // The buyer's cart holds the offer; a shipping zone of the fuzz's own (Iceland, which no test sells to).
        api.submit(sessions.get(Role.BUYER), "/cart", Map.of("offer", approved.fullKit().id().toString(), "quantity", "1"));
        api.submit(sessions.get(Role.ADMIN), "/admin/shipping/zones", Map.of("code", ZONE, "name", "Fuzz", "countries", "IS"));
        api.submit(sessions.get(Role.ADMIN), "/admin/shipping/rates", Map.of("zone", ZONE, "method", "STANDARD", "amount", "5"));
        // The buyer's address book is full: an address the fuzz adds, however broken, is never stored.
        for (int i = 0; i < org.openspacemakers.marketplace.account.AddressBook.MAX_ADDRESSES; i++) {
            int status = api.post("/api/v1/me/addresses", users.get(Role.BUYER), """
                    {"name":"Ada Lovelace","line1":"%d rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}"""
                    .formatted(i + 1)).status();
            if (status != 201) {
                throw new IllegalStateException("the fuzz buyer's address " + (i + 1) + " answered " + status);
            }
        }
        placeholders.put("team", draft.team().slug());
        placeholders.put("member", draft.maker().id().toString());
        placeholders.put("slug", draft.board().slug());
        placeholders.put("revision", draft.revision().id().toString());
        placeholders.put("submitted", submitted.revision().id().toString());
        placeholders.put("publicSlug", approved.board().slug());
        placeholders.put("publicRevision", approved.revision().id().toString());
        placeholders.put("offer", approved.fullKit().id().toString());
        placeholders.put("order", order);
        placeholders.put("token", accessTokens.of(users.get(Role.BUYER).id()).get(0).id().toString());
        placeholders.put("sha", "ab".repeat(32));
        placeholders.put("country", "CY");
        placeholders.put("zone", ZONE);
        placeholders.put("method", "STANDARD");
        // What checkout's summary shows for the offer: its price and the demo's standard shipping to France.
        placeholders.put("shownTotal", String.valueOf(approved.fullKit().price().amountMinor() + 690));
    }

    String placeholder(String name) {
        String value = placeholders.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no placeholder " + name);
        }
        return value;
    }
}
