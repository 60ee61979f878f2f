/**
 * Installation on Debian: the terminal setup wizard that writes the first configuration file, and (as resources under
 * {@code debian/}) the systemd unit and the nginx and Postfix snippets.
 */
package org.grouprise.installer;
