package org.openspacemakers.marketplace.compliance;

/**
 * Published when one of the association's registrations in a country (WEEE, batteries, French
 * IDU) is recorded or replaced: what may be sold there may have changed.
 */
public record RegisterChanged(CountryCode country) {
}
