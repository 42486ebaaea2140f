/**
 * The web UI: the static pages under {@code /} (plain HTML, JavaScript modules and CSS, in Russian
 * and English), the security rule that serves them without a login, and the public, read-only
 * catalogue they need — the licensed activities and the checklist of requirements for one of them.
 */
@NullMarked
package kz.qualify.service.webui;

import org.jspecify.annotations.NullMarked;
