package org.openspacemakers.marketplace.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The store's address as buyers reach it, for links that leave the store and come back (Stripe's
 * checkout sends the buyer back to the order's page): {@code MARKETPLACE_PUBLIC_URL} when set, else
 * the current request's own (behind a proxy, as its forwarded headers say).
 */
@Component
public class StoreAddress {

    private final String publicUrl;

    StoreAddress(@Value("${marketplace.mail.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** The address, without a trailing slash; within a request when none is configured. */
    public String base() {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl;
    }
}
