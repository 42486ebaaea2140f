package kz.qualify.service.assessment;

import java.util.List;

/**
 * The files attached to an application now. Implemented where the documents are kept; declared here
 * so that the applications can count evidence without depending on the documents (which depend on
 * them).
 */
public interface Attachments {

    /** The application's current files (not the removed or replaced ones), in upload order. */
    List<Attached> attachedTo(long applicationId);
}
