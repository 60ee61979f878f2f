/** The grouprise server: the command line, the composition root and, in sub-packages, every feature. */
package org.grouprise.server;
