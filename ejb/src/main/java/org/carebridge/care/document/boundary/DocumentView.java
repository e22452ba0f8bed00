package org.carebridge.care.document.boundary;

import org.carebridge.care.document.entity.ChildDocument;
import org.carebridge.care.document.entity.DocumentKind;

import java.time.Instant;

/** A document's description (never its content). */
public record DocumentView(long id, long childId, DocumentKind kind, String fileName, String mediaType,
                           long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
                           String removedReason) {

    static DocumentView of(ChildDocument d) {
        return new DocumentView(d.getId(), d.getChildId(), d.getKind(), d.getFileName(), d.getFileType().mediaType(),
                d.getSizeBytes(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt(), d.getRemovedReason());
    }
}
