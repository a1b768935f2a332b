package org.svyaz.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentManagement;
import org.svyaz.shell.ListJson;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.UserManagement;

/** Documents of contacts and groups over the REST API (API.md, "Contacts"). */
@RestController
@RequestMapping("/api/v1")
class DocumentApiController {

    private final DocumentManagement documents;
    private final DocumentDownload download;
    private final UserManagement users;

    DocumentApiController(DocumentManagement documents, DocumentDownload download, UserManagement users) {
        this.documents = documents;
        this.download = download;
        this.users = users;
    }

    @PostMapping("/contacts/{contactId}/documents")
    ResponseEntity<DocumentJson> upload(@PathVariable UUID contactId, @RequestPart("file") MultipartFile file) {
        return upload(RecordOwner.contact(contactId), file);
    }

    @PostMapping("/groups/{groupId}/documents")
    ResponseEntity<DocumentJson> uploadToGroup(@PathVariable UUID groupId, @RequestPart("file") MultipartFile file) {
        return upload(RecordOwner.group(groupId), file);
    }

    private ResponseEntity<DocumentJson> upload(RecordOwner owner, MultipartFile file) {
        Document document = documents.attach(owner, file.getOriginalFilename(), file.getContentType(), file.getSize(), file);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(toJson(document));
    }

    @GetMapping("/contacts/{contactId}/documents")
    ListJson<DocumentJson> documentsOf(@PathVariable UUID contactId, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return documentsOf(RecordOwner.contact(contactId), limit, after);
    }

    @GetMapping("/groups/{groupId}/documents")
    ListJson<DocumentJson> groupDocuments(@PathVariable UUID groupId, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return documentsOf(RecordOwner.group(groupId), limit, after);
    }

    private ListJson<DocumentJson> documentsOf(RecordOwner owner, int limit, String after) {
        List<Document> found = documents.of(owner);
        Map<UUID, String> names = users.userNames(found.stream().map(Document::uploadedBy).toList());
        return ListJson.page(found.stream().map(document -> DocumentJson.of(document, names.get(document.uploadedBy()))).toList(),
                document -> document.id().toString(), after, limit);
    }

    @GetMapping("/documents/{id}")
    DocumentJson document(@PathVariable UUID id) {
        return toJson(documents.get(id));
    }

    @GetMapping("/documents/{id}/content")
    void content(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        download.send(documents.get(id), response);
    }

    @DeleteMapping("/documents/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        documents.delete(id);
        return ResponseEntity.noContent().build();
    }


    private DocumentJson toJson(Document document) {
        return DocumentJson.of(document, users.userNames(Set.of(document.uploadedBy())).get(document.uploadedBy()));
    }
}
