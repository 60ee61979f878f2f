/**
 * Classes that break the architecture rules on purpose, so that {@code ArchitectureTest} can show that
 * each rule fails when broken; this package stands in for {@code org.grouprise.server}.
 */
package org.grouprise.archfixture;
