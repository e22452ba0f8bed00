package org.carebridge.care.document.entity;

import java.util.Optional;

/** The file types accepted, recognised from their first bytes (never from the name or the declared type). */
public enum FileType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileType> detect(byte[] content) {
        for (FileType t : values()) {
            if (content != null && content.length >= t.magic.length) {
                boolean match = true;
                for (int i = 0; i < t.magic.length && match; i++) {
                    match = content[i] == t.magic[i];
                }
                if (match) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
