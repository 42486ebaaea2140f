package kz.qualify.service;

import kz.qualify.testsupport.Databases;

/** Hostile input on the real PostgreSQL, where a NUL in text answered 500. */
class PostgresHostileInputIT extends HostileInput {

    @Override
    Databases database() {
        return Databases.postgres();
    }
}
