/** Benchmarks (JMH) and the generators of their data. Numbers go to docs/BENCHMARKS.md with their commands. */
@NullMarked
package kz.qualify.bench;

import org.jspecify.annotations.NullMarked;
