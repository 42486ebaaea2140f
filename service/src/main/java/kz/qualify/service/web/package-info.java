/**
 * What every HTTP module shares: RFC 9457 problem details naming the field, ETag and If-Match
 * handling, and pagination.
 */
@NullMarked
package kz.qualify.service.web;

import org.jspecify.annotations.NullMarked;
