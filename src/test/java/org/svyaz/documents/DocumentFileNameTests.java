package org.svyaz.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;

/** A file name cannot disguise what the file is by turning its text around. */
class DocumentFileNameTests extends SvyazTests {

    @Test
    void aRightToLeftOverrideAndOtherDirectionMarksAreStrippedFromAnUploadedFilesName() {
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();

        // shown as "invoice_exe.pdf" where the override is obeyed
        Response uploaded = admin().upload("/api/v1/contacts/" + contact + "/documents", "invoice_\u202Efdp.exe", "application/pdf",
                "%PDF".getBytes(StandardCharsets.UTF_8));
        Response marked = admin().upload("/api/v1/contacts/" + contact + "/documents",
                "\u2066report\u2069\u200E\u200F\u202A\u202B\u202C\u202D\u2067\u2068.txt", "text/plain", new byte[] {1});

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(admin().get("/api/v1/documents/" + uploaded.id()).json().get("name").asText()).isEqualTo("invoice_fdp.exe");
        assertThat(marked.json().get("name").asText()).isEqualTo("report.txt");
    }
}
