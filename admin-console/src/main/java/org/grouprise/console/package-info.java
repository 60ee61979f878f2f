/**
 * The admin console's entry point and window: starts JavaFX, loads the texts for the default locale and moves
 * between the connect screen and the session screen.
 */
package org.grouprise.console;
