/**
 * Official documents of the licensing authority as signed PDF/A: the licence with its annex, the
 * reasoned refusal, the return-for-completion notice and the filing receipt.
 *
 * <p>The API is the records of {@link kz.qualify.official.OfficialDocument}, the {@link
 * kz.qualify.official.Seal} that signs, and the entry point {@link
 * kz.qualify.official.OfficialDocuments}; everything else is package-private. The module knows
 * nothing of the licensing service: it takes the facts, already worded in the document's language
 * where they are words, and returns the signed bytes with their SHA-256.
 */
@NullMarked
package kz.qualify.official;

import org.jspecify.annotations.NullMarked;
