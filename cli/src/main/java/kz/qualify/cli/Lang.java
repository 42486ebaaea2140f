package kz.qualify.cli;

/** The language of the text output; JSON carries English and Russian. */
enum Lang {
    en,
    ru,
    /** Kazakh: the report and the verdicts; the findings' words are given in Russian until they are keys. */
    kk
}
