package org.grouprise.archfixture.accounts;

/** A feature's service, using its own mapper as it should. */
public final class AccountService {
    private final PersonMapper persons;

    public AccountService(PersonMapper persons) {
        this.persons = persons;
    }

    public String name(long id) {
        return persons.findName(id);
    }
}
