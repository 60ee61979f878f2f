package org.grouprise.archfixture;

import org.grouprise.archfixture.accounts.PersonMapper;

import java.util.List;

/** Stands in for the composition root, which registers every mapper and so may name them. */
final class Wiring {
    static final List<Class<?>> MAPPERS = List.of(PersonMapper.class);

    private Wiring() {
    }
}
