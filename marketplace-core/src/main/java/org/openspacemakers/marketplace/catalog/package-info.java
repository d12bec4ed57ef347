/** The catalogue: project teams, their boards, revisions and the offers buyers order. */
package org.openspacemakers.marketplace.catalog;
