package org.carebridge.web.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.care.document.boundary.DocumentContent;
import org.carebridge.care.document.boundary.DocumentView;
import org.carebridge.care.document.boundary.Documents;
import org.carebridge.care.document.entity.DocumentKind;
import org.carebridge.core.error.ValidationException;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/** A child's documents on the child's page. */
@Named
@ViewScoped
public class DocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    CurrentUser currentUser;

    private PagedModel<DocumentView> model;
    private DocumentKind kind;
    private transient UploadedFile file;

    public PagedModel<DocumentView> model(long childId) {
        if (model == null) {
            model = new PagedModel<>((offset, limit) -> documents.list(childId, offset, limit));
        }
        return model;
    }

    public void upload(long childId) {
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("document.empty");
        }
        documents.upload(childId, kind, file.getFileName(), file.getContent());
        Messages.info("document.uploaded");
        kind = null;
        file = null;
    }

    public StreamedContent download(long id) {
        DocumentContent c = documents.download(id, "page");
        return DefaultStreamedContent.builder().name(c.fileName()).contentType(c.mediaType())
                .contentLength((long) c.bytes().length).stream(() -> new ByteArrayInputStream(c.bytes())).build();
    }

    public boolean isMayUpload() {
        return currentUser.isAdmin() || currentUser.has("CASEWORKER");
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
