/** E-mail: messages written to an outbox in the transaction of what they tell, sent after commit by a job on any node. */
package org.openspacemakers.marketplace.notification;
