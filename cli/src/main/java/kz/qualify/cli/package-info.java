/** The {@code qualify} command line: the checklist, the assessment of dossiers, the act's text, staff import. */
@NullMarked
package kz.qualify.cli;

import org.jspecify.annotations.NullMarked;
