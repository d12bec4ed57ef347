package org.openspacemakers.marketplace.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The checkout page's form ({@code POST /checkout}) as a browser sends it. */
public final class CheckoutForms {

    private CheckoutForms() {
    }

    /** What the demo charges for standard shipping to France, its cheapest way there. */
    public static final long FRANCE_STANDARD = 690;

    /**
     * Buying one offer at once ({@code /orders/new}): a consumer in Paris, shipped the cheapest way,
     * the terms of sale accepted, and the total the summary showed (the offer's unit price, the
     * quantity and the shipping), under a fresh idempotency key. A test changes what it needs.
     */
    public static Map<String, String> oneOffer(UUID offerId, int quantity, long unitPriceMinor) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("lines[0].offerId", offerId.toString());
        form.put("lines[0].quantity", String.valueOf(quantity));
        form.put("buyerType", "CONSUMER");
        form.put("name", "Ada Lovelace");
        form.put("line1", "1 rue de la Paix");
        form.put("postalCode", "75002");
        form.put("city", "Paris");
        form.put("country", "FR");
        form.put("termsAccepted", "true");
        form.put("shownTotal", String.valueOf(unitPriceMinor * quantity + FRANCE_STANDARD));
        return form;
    }
}
