/** Stands in for the admin console's packages in {@code ArchitectureTest}. */
package org.grouprise.archconsole;
