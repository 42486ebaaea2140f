/**
 * The statutory clock as the service keeps it: the terms the Law "On licensing" sets the licensor,
 * counted in working days of the catalogue's calendar from each filing (a resubmission after a return
 * starts them afresh), on the service's {@link java.time.Clock}; where each term stands today; and the
 * record of each term that passed, with what followed.
 */
@NullMarked
package kz.qualify.service.deadlines;

import org.jspecify.annotations.NullMarked;
