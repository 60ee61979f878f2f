/**
 * Uploaded images: checking their content, re-encoding them without metadata into the renditions
 * the pages use, storing them under random names in the data path, and serving them.
 */
package org.grouprise.server.media;
