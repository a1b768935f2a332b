package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;

class ApiDocumentationTests extends SvyazTests {

    @Test
    void publishesTheOpenApiDocumentOfEveryEndpoint() {
        JsonNode document = ApiClient.anonymous(port).get("/v3/api-docs").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("paths").fieldNames()).toIterable().contains(
                "/api/v1/contacts", "/api/v1/contacts/{id}", "/api/v1/contacts/{contactId}/notes", "/api/v1/notes/{id}",
                "/api/v1/contacts/{contactId}/history", "/api/v1/contacts/{contactId}/documents", "/api/v1/documents/{id}/content",
                "/api/v1/me", "/api/v1/admin/users", "/api/v1/admin/custom-fields", "/api/v1/groups", "/api/v1/groups/{id}",
                "/api/v1/groups/{id}/members", "/api/v1/groups/{id}/rule", "/api/v1/groups/{groupId}/history",
                "/api/v1/contacts/{contactId}/groups");
    }

    @Test
    void servesSwaggerUi() {
        PageClient.Page page = new PageClient(port).get("/swagger-ui.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.url()).contains("swagger-ui");
    }
}
