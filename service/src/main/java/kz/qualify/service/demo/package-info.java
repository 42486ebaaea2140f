/** Demo data, created only when asked for ({@code --qualify.demo=true}). */
@NullMarked
package kz.qualify.service.demo;

import org.jspecify.annotations.NullMarked;
