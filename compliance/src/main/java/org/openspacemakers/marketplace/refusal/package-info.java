/**
 * Why the store says no, in the few kinds every module throws and the web answers by kind:
 * rejected input (each field with a message key), a refusal by a business rule (every reason,
 * coded), a conflict with the current state, not found, and forbidden. Messages are keys,
 * resolved in the reader's language at the edge; nothing here knows HTTP.
 */
package org.openspacemakers.marketplace.refusal;
