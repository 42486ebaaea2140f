/**
 * User accounts and authentication: applicants (bound to one organisation), officers and
 * administrators, with hashed passwords; HTTP Basic, stateless, so any instance can serve any request.
 * Accounts change their own passwords; administrators disable, re-enable and set passwords; repeated
 * failed logins lock a username out for a while, the count kept in the database for every instance.
 */
@NullMarked
package kz.qualify.service.accounts;

import org.jspecify.annotations.NullMarked;
