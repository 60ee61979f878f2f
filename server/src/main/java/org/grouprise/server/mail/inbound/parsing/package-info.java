/**
 * Reading incoming mail: turns the RFC 822 bytes that the LMTP listener received into the facts the rest of
 * the server stores (sender, threading headers, the text without quoted history or signature, attachments)
 * and says whether a robot sent it. Pure: no database, no network.
 */
package org.grouprise.server.mail.inbound.parsing;
