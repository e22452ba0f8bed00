package org.carebridge.care.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Files of documents on disk under {@code carebridge.documents.dir}, one directory per tenant, named
 * by a random UUID only: nothing the uploader typed reaches a path, and the directory is not inside
 * the web application, so no URL serves it. Writes go to a temporary file first and are moved in
 * place, so a half-written file is never visible.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    Settings settings;

    public void write(long tenantId, String key, byte[] content) {
        Path target = path(tenantId, key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + key, e);
        }
    }

    public byte[] read(long tenantId, String key) {
        try {
            return Files.readAllBytes(path(tenantId, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + key, e);
        }
    }

    public void delete(long tenantId, String key) {
        try {
            Files.deleteIfExists(path(tenantId, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete document " + key, e);
        }
    }

    /** The file of a key, which must be a UUID and must resolve inside the tenant's directory. */
    Path path(long tenantId, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key");
        }
        Path root = settings.documentsDir();
        Path p = root.resolve(Long.toString(tenantId)).resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("outside the document store");
        }
        return p;
    }
}
