/**
 * The admin API: its own HTTPS listener with a configured or self-signed certificate, bearer tokens
 * for staff, the JSON endpoints the admin console calls, and the append-only audit log of the
 * changes made through them.
 */
package org.grouprise.server.adminapi;
