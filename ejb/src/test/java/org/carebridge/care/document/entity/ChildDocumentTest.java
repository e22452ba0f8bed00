package org.carebridge.care.document.entity;

import org.carebridge.core.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildDocumentTest {

    @Test
    void typesAreRecognisedFromTheFirstBytesOnly() {
        assertThat(FileType.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(FileType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect(new byte[]{'M', 'Z'})).isEmpty();
        assertThat(FileType.detect(new byte[]{'%', 'P'})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(null)).isEmpty();
    }

    @Test
    void namesLoseTheirPathsControlCharactersAndTakeTheDetectedExtension() {
        assertThat(ChildDocument.cleanName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(ChildDocument.cleanName("C:\\Users\\x\\死亡证明.PDF", FileType.PDF)).isEqualTo("死亡证明.pdf");
        assertThat(ChildDocument.cleanName("photo.html", FileType.PNG)).isEqualTo("photo.png");
        assertThat(ChildDocument.cleanName("a\u0000b\"<c>.jpg", FileType.JPEG)).isEqualTo("abc.jpeg");
        assertThat(ChildDocument.cleanName("..", FileType.PDF)).isEqualTo("document.pdf");
        assertThat(ChildDocument.cleanName(null, FileType.PDF)).isEqualTo("document.pdf");
        assertThat(ChildDocument.cleanName("长".repeat(300) + ".pdf", FileType.PDF)).hasSize(ChildDocument.NAME_LENGTH)
                .endsWith(".pdf");
    }

    @Test
    void aDocumentIsRemovedOnceWithAReason() {
        ChildDocument d = new ChildDocument(3L, DocumentKind.HUKOU, "户口簿.pdf", FileType.PDF, 10, "ab", "d1.caseworker");
        assertThat(d.getStorageKey()).matches("[0-9a-f-]{36}");
        assertThatThrownBy(() -> d.remove(" ")).extracting(t -> ((BusinessException) t).messageKey())
                .isEqualTo("document.removeReason.required");
        d.remove("上传错误");
        assertThat(d.isRemoved()).isTrue();
        assertThatThrownBy(() -> d.remove("again")).extracting(t -> ((BusinessException) t).messageKey())
                .isEqualTo("document.removed");
        assertThatThrownBy(() -> new ChildDocument(3L, null, "x.pdf", FileType.PDF, 1, "ab", "x"))
                .extracting(t -> ((BusinessException) t).messageKey()).isEqualTo("document.kind.required");
    }
}
