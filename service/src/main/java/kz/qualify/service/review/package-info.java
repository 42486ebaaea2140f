/**
 * Review and decision: officers work a queue; for every requirement left to their judgment and every
 * document they record a judgment with a comment; approval issues a licence, refusal lists every
 * unmet requirement with its clause, figures and the officer's comments. No decision while a
 * judgment is missing.
 */
@NullMarked
package kz.qualify.service.review;

import org.jspecify.annotations.NullMarked;
