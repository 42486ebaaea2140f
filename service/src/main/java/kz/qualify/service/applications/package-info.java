/**
 * Licence applications: an applicant creates one for an activity and its sub-activities, fills the
 * dossier, sees the live assessment and submits; each submission stores the dossier as filed and its
 * assessment with the edition, rules version and legal date applied. States: draft → submitted →
 * under review → returned → resubmitted → approved or refused; withdrawn.
 */
@NullMarked
package kz.qualify.service.applications;

import org.jspecify.annotations.NullMarked;
