@NullMarked
package kz.qualify.law;

import org.jspecify.annotations.NullMarked;
