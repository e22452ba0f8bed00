package org.carebridge.care.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * A document kept for a child. The file lives in the document store under {@code storageKey} (a
 * random UUID, no extension); the name shown is the uploader's, cleaned of paths and control
 * characters. Removing a document deletes the file and keeps this row with who and why.
 */
@Entity
@Table(name = "cb_child_document")
public class ChildDocument extends TenantOwned {

    public static final int NAME_LENGTH = 100;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 36, unique = true)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "removed_reason", length = 200)
    private String removedReason;

    protected ChildDocument() {
    }

    public ChildDocument(long childId, DocumentKind kind, String fileName, FileType type, long size, String sha256,
                         String uploadedBy) {
        if (kind == null) {
            throw new ValidationException("document.kind.required");
        }
        this.childId = childId;
        this.kind = kind;
        this.fileName = cleanName(fileName, type);
        this.fileType = type;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.storageKey = UUID.randomUUID().toString();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /**
     * The last path segment without control or quoting characters, at most 100 characters, ending in
     * the extension of the detected type; "document.pdf" when nothing usable is left.
     */
    public static String cleanName(String name, FileType type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank() || stem.matches("\\.+")) {
            stem = "document";
        }
        String ext = "." + type.name().toLowerCase(java.util.Locale.ROOT);
        if (stem.length() + ext.length() > NAME_LENGTH) {
            stem = stem.substring(0, NAME_LENGTH - ext.length());
        }
        return stem + ext;
    }

    public void remove(String reason) {
        if (removedReason != null) {
            throw new ConflictException("document.removed");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new ValidationException("document.removeReason.required");
        }
        this.removedReason = reason.strip();
    }

    public boolean isRemoved() {
        return removedReason != null;
    }

    public long getChildId() {
        return childId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getRemovedReason() {
        return removedReason;
    }
}
