/**
 * The law as data: the act's normalised text, its editions and requirements, the МРП table, and the
 * statutory clock's working-day calendar, licensing terms and their words in kk/ru/en.
 */
@NullMarked
package kz.qualify.catalog;

import org.jspecify.annotations.NullMarked;
