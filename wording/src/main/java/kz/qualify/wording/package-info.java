/**
 * Messages said in the reader's language. The rules core, the dossier reader, the staff import, the
 * command line and the service say what they found as {@link kz.qualify.message.Message}s; this
 * module words them from ICU MessageFormat bundles, one per language per layer, with the plural
 * rules of each language (CLDR, through ICU4J), and names the edition's codes, requirements and
 * needs from its glossary in that language. The languages spoken are those the data provides.
 */
@NullMarked
package kz.qualify.wording;

import org.jspecify.annotations.NullMarked;
