package kz.qualify.cli;

/** The language of the text output; JSON carries both. */
enum Lang {
    en,
    ru
}
