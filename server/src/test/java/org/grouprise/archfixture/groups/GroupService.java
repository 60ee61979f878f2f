package org.grouprise.archfixture.groups;

import org.grouprise.archfixture.accounts.PersonMapper;

/** Breaks the rule that a feature uses another only through its service. */
public final class GroupService {
    private final PersonMapper persons;

    public GroupService(PersonMapper persons) {
        this.persons = persons;
    }

    public String founderName(long id) {
        return persons.findName(id);
    }
}
