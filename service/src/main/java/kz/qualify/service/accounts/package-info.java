/**
 * User accounts and authentication: applicants (bound to one organisation), officers and
 * administrators, with hashed passwords; HTTP Basic, stateless, so any instance can serve any request.
 */
@NullMarked
package kz.qualify.service.accounts;

import org.jspecify.annotations.NullMarked;
