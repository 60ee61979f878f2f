/**
 * People ("Gestalten") and their accounts: signup, login, password reset, e-mail addresses,
 * profile and notification settings, account deletion, profile pages and the people directory.
 */
package org.grouprise.server.accounts;
