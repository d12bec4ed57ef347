package org.openspacemakers.marketplace.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's identity as the manufacturer and seller buyers must be told about (GPSR
 * art. 19): name, postal address, e-mail, and the telephone number consumer law asks a trader to
 * give (Directive 2011/83/EU art. 6(1)(c)). Set with {@code MARKETPLACE_ASSOCIATION_NAME} and friends.
 */
@ConfigurationProperties("marketplace.association")
public record Association(String name, String postalAddress, String email, String telephone) {

    public Association {
        name = name == null || name.isBlank() ? "Open Space Makers" : name;
        postalAddress = postalAddress == null || postalAddress.isBlank() ? "(postal address not configured)" : postalAddress;
        email = email == null || email.isBlank() ? "(e-mail not configured)" : email;
        telephone = telephone == null || telephone.isBlank() ? "(telephone not configured)" : telephone;
    }
}
