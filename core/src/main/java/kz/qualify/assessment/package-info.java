@NullMarked
package kz.qualify.assessment;

import org.jspecify.annotations.NullMarked;
