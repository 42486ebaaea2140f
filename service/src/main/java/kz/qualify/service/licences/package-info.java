/**
 * Licences and the public registry: issued on approval with a number from a database sequence,
 * searchable without login by BIN, name, activity and status; suspended or revoked by an officer
 * with reasons.
 */
@NullMarked
package kz.qualify.service.licences;

import org.jspecify.annotations.NullMarked;
