/** Site-wide pages that belong to no other feature: the start page. */
package org.grouprise.server.site;
