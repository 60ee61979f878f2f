/**
 * Incoming mail: the LMTP listener (RFC 2033) that the local mail server hands messages to, and the
 * two interfaces through which it asks which recipients exist and hands each accepted recipient its copy.
 */
package org.grouprise.server.mail.inbound;
