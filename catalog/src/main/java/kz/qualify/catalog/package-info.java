/** The law as data: the act's normalised text, its editions and requirements, and the МРП table. */
@NullMarked
package kz.qualify.catalog;

import org.jspecify.annotations.NullMarked;
