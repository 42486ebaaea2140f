/** Applicant organisations: legal form, BIN/IIN (with its check digit), name and address. */
@NullMarked
package kz.qualify.service.organisations;

import org.jspecify.annotations.NullMarked;
