/**
 * The statutory clock: the working-day calendar of Kazakhstan (holidays, days off moved off a
 * weekend, the government's transfers of days off), the terms the licensing law sets for the
 * licensor, and the arithmetic that turns a filing into deadlines — each result saying how it was
 * counted and which of the facts it rests on are assumed rather than known.
 *
 * <p>Plain Java and no I/O, like the rest of the rules core: the calendar and the terms are data
 * loaded by the catalog; "today" comes from a {@link java.time.Clock} the caller passes in.
 */
@NullMarked
package kz.qualify.procedure;

import org.jspecify.annotations.NullMarked;
