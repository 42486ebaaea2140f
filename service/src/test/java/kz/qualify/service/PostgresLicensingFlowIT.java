package kz.qualify.service;

import kz.qualify.testsupport.Databases;

/** The same flow on the real PostgreSQL at 127.0.0.1:5432, in a database of its own. */
class PostgresLicensingFlowIT extends LicensingFlow {

    @Override
    Databases database() {
        return Databases.postgres();
    }
}
