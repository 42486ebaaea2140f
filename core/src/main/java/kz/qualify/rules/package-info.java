@NullMarked
package kz.qualify.rules;

import org.jspecify.annotations.NullMarked;
