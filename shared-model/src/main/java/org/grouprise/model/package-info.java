/** Value types and the admin API contract that the server and the admin console share. */
package org.grouprise.model;
