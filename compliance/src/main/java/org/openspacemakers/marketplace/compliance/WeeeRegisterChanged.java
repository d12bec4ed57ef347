package org.openspacemakers.marketplace.compliance;

/** Published when the association's WEEE registration in a country is recorded or replaced. */
public record WeeeRegisterChanged(CountryCode country) {
}
