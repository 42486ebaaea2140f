/**
 * User accounts and authentication: applicants (bound to one organisation), officers and
 * administrators, with hashed passwords; HTTP Basic, stateless, so any instance can serve any request.
 * Accounts change their own passwords; administrators disable (for a reason) and re-enable accounts
 * and set passwords, which are temporary — the account must replace one before doing anything else;
 * repeated failed logins lock a username out for a while, the count kept in the database for every
 * instance.
 */
@NullMarked
package kz.qualify.service.accounts;

import org.jspecify.annotations.NullMarked;
