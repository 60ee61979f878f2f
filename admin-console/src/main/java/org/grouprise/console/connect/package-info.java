/** The connect screen: server address and staff login, checked before anything goes over the network. */
package org.grouprise.console.connect;
