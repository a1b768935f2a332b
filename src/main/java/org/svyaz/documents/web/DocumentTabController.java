package org.svyaz.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentManagement;
import org.svyaz.documents.DocumentUpload;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.UserManagement;

/** The Documents tab of the contact window and the groups window (SPEC C6). */
@Controller
class DocumentTabController {

    private final DocumentManagement documents;
    private final DocumentDownload download;
    private final UserManagement users;

    DocumentTabController(DocumentManagement documents, DocumentDownload download, UserManagement users) {
        this.documents = documents;
        this.download = download;
        this.users = users;
    }

    @GetMapping("/{owners:contacts|groups}/{ownerId}/documents")
    String tab(@PathVariable String owners, @PathVariable UUID ownerId, Model model) {
        return tab(RecordOwner.of(owners, ownerId), model);
    }

    private String tab(RecordOwner owner, Model model) {
        List<Document> found = documents.of(owner);
        model.addAttribute("owner", owner);
        model.addAttribute("documents", found);
        model.addAttribute("userNames", users.userNames(found.stream().map(Document::uploadedBy).toList()));
        model.addAttribute("maxMegabytes", documents.maxSize().toMegabytes());
        model.addAttribute("me", users.current());
        return "documents/tab :: tab";
    }

    /** One file or several (chosen together or dropped on the tab), attached all or none. */
    @PostMapping("/{owners:contacts|groups}/{ownerId}/documents")
    String upload(@PathVariable String owners, @PathVariable UUID ownerId, @RequestParam("file") List<MultipartFile> files,
            Model model) {
        RecordOwner owner = RecordOwner.of(owners, ownerId);
        documents.attachAll(owner, files.stream().filter(DocumentTabController::chosen)
                .map(file -> new DocumentUpload(file.getOriginalFilename(), file.getContentType(), file.getSize(), file)).toList());
        return tab(owner, model);
    }

    /** A file field left empty still sends a part, without a name. */
    private static boolean chosen(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty();
    }

    @GetMapping("/documents/{id}/download")
    void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        download.send(documents.get(id), response);
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable UUID id, Model model) {
        Document document = documents.get(id);
        documents.delete(id);
        return tab(document.owner(), model);
    }
}
