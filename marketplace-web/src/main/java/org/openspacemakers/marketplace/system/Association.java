package org.openspacemakers.marketplace.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The association's identity as the manufacturer and seller buyers must be told about (GPSR
 * art. 19): name, postal address (its registered office), e-mail, and the telephone number consumer
 * law asks a trader to give (Directive 2011/83/EU art. 6(1)(c)); and what the legal notice and the
 * contact page name besides: the publication director and the host of the site (French law
 * 2004-575 "LCEN" art. 6 III), and the consumer mediator the association adheres to (French Consumer
 * Code art. L616-1). Set with {@code MARKETPLACE_ASSOCIATION_NAME} and friends; its legal form, SIRET
 * and RNA number are the invoices' {@code invoice.Seller}, bound from the same settings.
 */
@ConfigurationProperties("marketplace.association")
public record Association(String name, String postalAddress, String email, String telephone, String publicationDirector,
        Host host, Mediator mediator) {

    public Association {
        name = orDefault(name, "Open Space Makers");
        postalAddress = orDefault(postalAddress, "(postal address not configured)");
        email = orDefault(email, "(e-mail not configured)");
        telephone = orDefault(telephone, "(telephone not configured)");
        publicationDirector = orDefault(publicationDirector, "(publication director not configured)");
        host = host == null ? new Host(null, null, null) : host;
        mediator = mediator == null ? new Mediator(null, null) : mediator;
    }

    /** Who stores the site for the association: the legal notice must give its name, address and telephone. */
    public record Host(String name, String postalAddress, String telephone) {

        public Host {
            name = orDefault(name, "(host not configured)");
            postalAddress = orDefault(postalAddress, "(host's address not configured)");
            telephone = orDefault(telephone, "(host's telephone not configured)");
        }
    }

    /** The consumer mediator a consumer may turn to, free of charge, once the association answered a complaint. */
    public record Mediator(String name, String website) {

        public Mediator {
            name = orDefault(name, "(consumer mediator not configured)");
            website = website == null ? "" : website.strip();
        }
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
