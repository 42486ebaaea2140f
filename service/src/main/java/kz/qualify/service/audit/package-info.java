/**
 * The audit trail: every state change, judgment and decision appended with who, when, and the state
 * before and after; append-only and hash-chained, with a verifier that names the first broken link.
 */
@NullMarked
package kz.qualify.service.audit;

import org.jspecify.annotations.NullMarked;
