package kz.qualify.cli;

/** Output format. */
enum Format {
    text,
    json
}
