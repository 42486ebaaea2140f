/**
 * Documents evidencing requirements: uploaded with size and type limits (the type read from the
 * content, not the name), hashed with SHA-256, kept in a content-addressed store on disk and linked
 * to the requirement they evidence; downloaded only by those allowed.
 */
@NullMarked
package kz.qualify.service.documents;

import org.jspecify.annotations.NullMarked;
