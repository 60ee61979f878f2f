/**
 * Outgoing mail: the durable outbox that features write rendered messages to in their own
 * transaction, and the delivery that hands them to the configured SMTP server with retries.
 */
package org.grouprise.server.mail.outbound;
