package org.openspacemakers.marketplace.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * What VIES answered about a VAT number, and when: the proof that a professional buyer is one
 * (COMPLIANCE-DOMAIN.md, "Verified professionals"). A buyer whose number is not {@code VALID} is
 * a consumer for the gate; an answer that could not be had leaves the order waiting, to be asked
 * again.
 *
 * @param registeredName the name VIES gives for the number, when the member state publishes it
 */
public record VatVerification(VatNumber number, Outcome outcome, Instant checkedAt, String registeredName) {

    /** VIES's answer. */
    public enum Outcome {
        /** The number is registered for intra-EU trade: the buyer is a verified professional. */
        VALID,
        /** VIES does not know the number as valid. */
        INVALID,
        /** VIES or the member state's service did not answer: neither proven nor refused. */
        UNAVAILABLE
    }

    public VatVerification {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(checkedAt, "checkedAt");
        registeredName = registeredName == null ? "" : registeredName.strip();
    }

    /** The kind of buyer the gate sees: a professional only once VIES confirmed the number. */
    public BuyerType buyerType() {
        return outcome == Outcome.VALID ? BuyerType.PROFESSIONAL : BuyerType.CONSUMER;
    }
}
