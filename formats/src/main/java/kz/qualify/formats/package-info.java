/**
 * The JSON formats Qualify reads and writes: the applicant's dossier ({@link kz.qualify.formats.DossierJson},
 * described by {@code docs/dossier.schema.json}) and the assessment contract other tools read
 * ({@link kz.qualify.formats.AssessmentJson}).
 */
@NullMarked
package kz.qualify.formats;

import org.jspecify.annotations.NullMarked;
