/** The console's client of the server's admin API: HTTP, JSON and the errors an admin can act on. */
package org.grouprise.console.api;
