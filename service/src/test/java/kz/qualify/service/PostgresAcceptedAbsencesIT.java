package kz.qualify.service;

import kz.qualify.testsupport.Databases;

/** The accepted absences, the reviewed assessment and the documents that state them, on PostgreSQL. */
class PostgresAcceptedAbsencesIT extends AcceptedAbsencesIT {

    @Override
    Databases database() {
        return Databases.postgres();
    }
}
