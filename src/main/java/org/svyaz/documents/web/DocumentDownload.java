package org.svyaz.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentManagement;

/**
 * Sends a document's bytes as a download and never as a page: whatever name and type the
 * uploader gave, the browser gets an attachment of type octet-stream that it may not sniff,
 * in a sandbox where no script runs.
 */
@Component
class DocumentDownload {

    private final DocumentManagement documents;

    DocumentDownload(DocumentManagement documents) {
        this.documents = documents;
    }

    void send(Document document, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setContentLengthLong(document.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        documents.writeContent(document, response.getOutputStream());
    }
}
