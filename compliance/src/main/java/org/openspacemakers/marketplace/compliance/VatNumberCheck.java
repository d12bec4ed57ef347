package org.openspacemakers.marketplace.compliance;

/**
 * The port through which a professional buyer's VAT number is checked with VIES, the European
 * Commission's VAT Information Exchange System. Production configures a client of the real
 * service; tests and the demo use a stand-in that never leaves the machine. An implementation
 * never throws for an outage: it answers {@link VatVerification.Outcome#UNAVAILABLE}.
 */
public interface VatNumberCheck {

    VatVerification check(VatNumber number);
}
