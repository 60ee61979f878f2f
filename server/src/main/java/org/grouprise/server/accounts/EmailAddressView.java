package org.grouprise.server.accounts;

/** One of a person's e-mail addresses, as the settings page lists them. */
public record EmailAddressView(String email, boolean verified, boolean primary) {
}
