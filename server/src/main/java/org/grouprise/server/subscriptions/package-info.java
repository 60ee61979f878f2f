/** Subscriptions: people who follow a group's public content without being members. */
package org.grouprise.server.subscriptions;
