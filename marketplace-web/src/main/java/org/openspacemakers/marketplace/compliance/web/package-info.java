/** HTTP for compliance: the reviewers' API and their queue pages. */
package org.openspacemakers.marketplace.compliance.web;
