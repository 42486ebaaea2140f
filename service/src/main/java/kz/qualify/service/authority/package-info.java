/**
 * The licensing authority the service decides for: its name in each language and where its
 * decisions may be appealed, as the deployment configures them ({@code qualify.authority.*}).
 */
@NullMarked
package kz.qualify.service.authority;

import org.jspecify.annotations.NullMarked;
