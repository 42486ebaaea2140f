package kz.qualify.service;

import kz.qualify.testsupport.Databases;

/** Hostile input on the embedded default. */
class H2HostileInputIT extends HostileInput {

    @Override
    Databases database() {
        return Databases.h2();
    }
}
