/**
 * The rules core as the service uses it: reading and writing dossiers, assessing them on a legal
 * date, replaying a past assessment under its edition, and the stateless {@code POST /api/assessments}.
 */
@NullMarked
package kz.qualify.service.assessment;

import org.jspecify.annotations.NullMarked;
