/**
 * What the rules core found or refused, as data: a {@link kz.qualify.message.Message} names the
 * sentence by a key and carries its typed arguments. No words live here: the edges (the command
 * line, the service, the documents) render a message in the reader's language from bundles.
 */
@NullMarked
package kz.qualify.message;

import org.jspecify.annotations.NullMarked;
