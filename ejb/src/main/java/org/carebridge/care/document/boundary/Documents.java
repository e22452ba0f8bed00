package org.carebridge.care.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.document.control.DocumentStore;
import org.carebridge.care.document.entity.ChildDocument;
import org.carebridge.care.document.entity.DocumentKind;
import org.carebridge.care.document.entity.FileType;
import org.carebridge.config.Settings;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A child's documents in the bound district. Caseworkers and administrators upload; they, approvers
 * and auditors list and download (each download audited under the child); administrators remove
 * (the file is deleted, the row kept). Only PDF, PNG and JPEG up to {@code carebridge.documents.max-bytes}.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class Documents {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ChildLookup lookup;

    @Inject
    DocumentStore store;

    @Inject
    Settings settings;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public DocumentView upload(long childId, DocumentKind kind, String fileName, byte[] content) {
        lookup.require(childId);
        if (content == null || content.length == 0) {
            throw new ValidationException("document.empty");
        }
        if (content.length > settings.documentMaxBytes()) {
            throw new ValidationException("document.tooLarge", settings.documentMaxBytes() / 1024 / 1024);
        }
        FileType type = FileType.detect(content).orElseThrow(() -> new ValidationException("document.type.unsupported"));
        ChildDocument d = new ChildDocument(childId, kind, fileName, type, content.length, sha256(content),
                CallContext.actor());
        EntityManager em = data.tenant();
        em.persist(d);
        em.flush();
        store.write(CallContext.requireTenant(), d.getStorageKey(), content);
        audit.record("DOCUMENT_UPLOADED", "Child", childId, d.getKind() + " " + d.getFileName() + " (" + d.getSizeBytes()
                + " bytes, sha256 " + d.getSha256().substring(0, 12) + ")");
        return DocumentView.of(d);
    }

    /** The child's documents, newest first (removed ones included, marked). */
    public Page<DocumentView> list(long childId, int offset, int limit) {
        lookup.require(childId);
        EntityManager em = data.tenant();
        long total = em.createQuery("select count(d) from ChildDocument d where d.childId = :c", Long.class)
                .setParameter("c", childId).getSingleResult();
        List<ChildDocument> rows = em.createQuery("select d from ChildDocument d where d.childId = :c order by d.id desc",
                ChildDocument.class).setParameter("c", childId).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(rows, total, offset, limit).map(DocumentView::of);
    }

    /** The file, audited under the child with the reason given. */
    public DocumentContent download(long id, String purpose) {
        ChildDocument d = load(id);
        if (d.isRemoved()) {
            throw new NotFoundException("document.notFound");
        }
        byte[] bytes = store.read(CallContext.requireTenant(), d.getStorageKey());
        audit.record("DOCUMENT_DOWNLOADED", "Child", d.getChildId(), "document " + id + " " + d.getFileName()
                + (purpose == null || purpose.isBlank() ? "" : ": " + purpose.strip()));
        return new DocumentContent(d.getFileName(), d.getFileType().mediaType(), bytes);
    }

    @RolesAllowed(Roles.TENANT_ADMIN)
    public DocumentView remove(long id, String reason) {
        ChildDocument d = load(id);
        d.remove(reason);
        data.tenant().flush();
        store.delete(CallContext.requireTenant(), d.getStorageKey());
        audit.record("DOCUMENT_REMOVED", "Child", d.getChildId(), "document " + id + ": " + d.getRemovedReason());
        return DocumentView.of(d);
    }

    private ChildDocument load(long id) {
        ChildDocument d = data.tenant().find(ChildDocument.class, id);
        if (d == null) {
            throw new NotFoundException("document.notFound");
        }
        return d;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
