/**
 * Self-registration: a company registers itself with its BIN/IIN (check digit verified), its name and
 * address, and a contact who chooses the login; an administrator or officer approves it, which makes
 * the organisation and its applicant account, or rejects it with a reason. Until approved, nobody can
 * log in for it, so nothing can be filed.
 */
@NullMarked
package kz.qualify.service.registrations;

import org.jspecify.annotations.NullMarked;
