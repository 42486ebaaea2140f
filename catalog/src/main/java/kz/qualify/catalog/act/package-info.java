/**
 * The act itself as data: the importer that turns the official legal database's text export of
 * Decree № 967 into a {@link kz.qualify.law.Act}, and the JSON form in which the normalised act is
 * committed to the repository ({@code decree-967-2012.act.json}, next to the export it was made
 * from).
 */
@org.jspecify.annotations.NullMarked
package kz.qualify.catalog.act;
