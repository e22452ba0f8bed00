package org.carebridge.web.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's documents: accepted types recognised from content, hostile names cleaned, hostile or
 * oversized files refused with nothing stored, downloads as attachments and audited, roles, removal,
 * and another district (404).
 */
class DocumentsIT extends ApiIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private long child(String token) {
        return api.get("api/v1/children?size=1&page=3", token).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static String upload(long child, String kind, String name) {
        return "api/v1/children/" + child + "/documents?kind=" + kind + "&fileName="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void aPdfIsStoredUnderACleanNameAndDownloadedAsAnAuditedAttachment() {
        String cw = api.token("d1.caseworker");
        long child = child(cw);
        Api.Res created = api.upload(upload(child, "DEATH_CERTIFICATE", "../../etc/死亡证明\u0000.pdf"), cw,
                "application/octet-stream", PDF);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject d = created.json();
        long id = d.getJsonNumber("id").longValue();
        assertThat(d.getString("fileName")).isEqualTo("死亡证明.pdf");
        assertThat(d.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(d.getJsonNumber("sizeBytes").longValue()).isEqualTo(PDF.length);

        Api.Res png = api.upload(upload(child, "ID_CARD", "证件照.jpg"), cw, "image/jpeg", PNG);
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        assertThat(png.json().getString("fileName")).isEqualTo("证件照.png");
        assertThat(png.json().getString("mediaType")).isEqualTo("image/png");

        String approver = api.token("d1.approver");
        assertThat(api.get("api/v1/children/" + child + "/documents", approver).body()).contains("死亡证明.pdf");
        HttpResponse<byte[]> file = api.getBytes("api/v1/documents/" + id + "/content?purpose=" +
                URLEncoder.encode("核对死亡证明", StandardCharsets.UTF_8), approver);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        assertThat(api.get("api/v1/children/" + child + "/access-log?limit=20", api.token("d1.admin")).body())
                .contains("DOCUMENT_UPLOADED").contains("DOCUMENT_DOWNLOADED").contains("核对死亡证明");

        // Removal: administrators only, with a reason; the file is gone, the row stays.
        assertThat(api.send("DELETE", "api/v1/documents/" + id, cw, "{\"reason\":\"x\"}").status()).isEqualTo(403);
        Api.Res removed = api.send("DELETE", "api/v1/documents/" + id, api.token("d1.admin"), "{\"reason\":\"上传错误\"}");
        assertThat(removed.json().getString("removedReason")).isEqualTo("上传错误");
        assertThat(api.getBytes("api/v1/documents/" + id + "/content", approver).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/documents", approver).body()).contains("上传错误");
    }

    @Test
    void hostileEmptyAndOversizedFilesAreRefusedAndNothingIsStored() {
        String cw = api.token("d1.caseworker");
        long child = child(cw);
        long before = api.get("api/v1/children/" + child + "/documents", cw).json().getJsonNumber("total").longValue();
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Object[][] cases = {
                {html, "report.pdf", "document.type.unsupported"},
                {svg, "photo.png", "document.type.unsupported"},
                {exe, "scan.jpg", "document.type.unsupported"},
                {new byte[0], "empty.pdf", "document.empty"},
                {big, "big.pdf", "document.tooLarge"},
        };
        for (Object[] c : cases) {
            Api.Res r = api.upload(upload(child, "OTHER", (String) c[1]), cw, "application/pdf", (byte[]) c[0]);
            assertThat(r.status()).as((String) c[1]).isEqualTo(400);
            assertThat(r.json().getString("messageKey")).as((String) c[1]).isEqualTo(c[2]);
        }
        assertThat(api.upload(upload(child, "PASSPORT", "a.pdf"), cw, "application/pdf", PDF).json()
                .getString("messageKey")).isEqualTo("document.kind.unknown");
        assertThat(api.upload("api/v1/children/" + child + "/documents?fileName=a.pdf", cw, "application/pdf", PDF)
                .json().getString("messageKey")).isEqualTo("document.kind.required");
        assertThat(api.get("api/v1/children/" + child + "/documents", cw).json().getJsonNumber("total").longValue())
                .isEqualTo(before);
    }

    @Test
    void rolesAndAnotherDistrict() {
        String cw = api.token("d1.caseworker");
        long child = child(cw);
        long id = api.upload(upload(child, "CONSENT_FORM", "同意书.pdf"), cw, "application/pdf", PDF).json()
                .getJsonNumber("id").longValue();
        String volunteer = api.token("s1.admin", "d1");
        assertThat(api.get("api/v1/children/" + child + "/documents", volunteer).status()).isEqualTo(403);
        assertThat(api.getBytes("api/v1/documents/" + id + "/content", api.token("d1.finance")).statusCode())
                .isEqualTo(403);
        assertThat(api.upload(upload(child, "OTHER", "x.pdf"), api.token("d1.approver"), "application/pdf", PDF)
                .status()).isEqualTo(403);
        String d2 = api.token("d2.admin");
        assertThat(api.getBytes("api/v1/documents/" + id + "/content", d2).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", "api/v1/documents/" + id, d2, "{\"reason\":\"篡改\"}").status()).isEqualTo(404);
        assertThat(api.get("api/v1/children/" + child + "/documents", d2).status()).isEqualTo(404);
        assertThat(api.upload(upload(child, "OTHER", "x.pdf"), d2, "application/pdf", PDF).status()).isEqualTo(404);
        assertThat(api.getBytes("api/v1/documents/" + id + "/content", cw).statusCode()).isEqualTo(200);
    }
}
