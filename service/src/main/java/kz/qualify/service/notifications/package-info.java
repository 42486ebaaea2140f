/**
 * Notifications: an inbox per account — applicants hear that their application was filed, returned
 * with reasons or decided; officers hear of each new filing, of a decision due within a few working
 * days and of a term that passed — and the same by e-mail through the configured SMTP server when
 * {@code qualify.mail.enabled} (off by default).
 */
@NullMarked
package kz.qualify.service.notifications;

import org.jspecify.annotations.NullMarked;
