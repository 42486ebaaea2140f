/** The licensing service: organisations, accounts, applications, review, the public registry and the audit trail. */
@NullMarked
package kz.qualify.service;

import org.jspecify.annotations.NullMarked;
