package org.grouprise.archconsole;

/** Stands in for a class of the admin console, which the server must not use. */
public record ConsoleViewModel(String title) {
}
