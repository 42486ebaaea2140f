@NullMarked
package kz.qualify.dossier;

import org.jspecify.annotations.NullMarked;
