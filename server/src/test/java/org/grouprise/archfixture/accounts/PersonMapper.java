package org.grouprise.archfixture.accounts;

/** A feature's mapper. */
public interface PersonMapper {
    String findName(long id);
}
