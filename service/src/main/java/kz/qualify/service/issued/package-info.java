/**
 * The official documents the licensing authority issues through the service — the filing receipt,
 * the return-for-completion notice, the reasoned refusal and the licence with its annex — as signed
 * PDF/A files from the {@code official} engine: issued at the moments of the procedure, kept verbatim
 * with their SHA-256, downloaded by those allowed, and verifiable by anyone on a public page.
 */
@NullMarked
package kz.qualify.service.issued;

import org.jspecify.annotations.NullMarked;
