package org.openspacemakers.marketplace.donation.web;

import java.util.Optional;
import org.openspacemakers.marketplace.catalog.Money;

/**
 * A donation as a form gives it, on the donation page and at checkout: one of the offered amounts
 * ({@code choice}: its euros), or {@link #OTHER} with the amount typed, or nothing chosen with an
 * amount typed (without a script, the choice does not follow the typing). An offered amount chosen
 * while another is typed is the donor's to settle ({@link #twoAmounts}).
 */
public final class DonationChoice {

    /** The choice that says the amount is the one typed. */
    public static final String OTHER = "other";

    /** The checkout's choice that says no donation (the default, never another). */
    public static final String NONE = "none";

    private DonationChoice() {
    }

    /** Whether an offered amount is chosen. */
    private static boolean offered(String choice) {
        return choice != null && !choice.isBlank() && !OTHER.equals(choice) && !NONE.equals(choice);
    }

    /** The amount given; empty when none was chosen, or what was typed or chosen is not an amount. */
    public static Optional<Money> amount(String choice, String typed) {
        if (offered(choice)) {
            return choice.strip().matches("\\d{1,7}") ? Optional.of(Money.euros(Long.parseLong(choice.strip()) * 100))
                    : Optional.empty();
        }
        return Money.parseEuros(typed);
    }

    /** An offered amount chosen while another amount is typed: which one was meant is not ours to guess. */
    public static boolean twoAmounts(String choice, String typed) {
        return offered(choice) && typed != null && !typed.isBlank();
    }

    /** Whether the form gives no donation: nothing chosen (or "none") and nothing typed. */
    public static boolean none(String choice, String typed) {
        return !offered(choice) && !OTHER.equals(choice) && (typed == null || typed.isBlank());
    }
}
