/**
 * Subscriptions: people who follow a group's public content without being members; subscribing
 * and unsubscribing logged in or by mailed single-use links that confirm the address.
 */
package org.grouprise.server.subscriptions;
