/** The association's registrations as a producer (WEEE per country), kept by administrators. */
package org.openspacemakers.marketplace.compliance.register;
