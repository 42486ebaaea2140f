package kz.qualify.service.applications;

/**
 * An application was filed (or filed again after a return): published in the filing's transaction,
 * for what follows its commit (the filing receipt).
 *
 * @param submission the filing's number
 */
public record ApplicationFiled(long applicationId, int submission) {}
