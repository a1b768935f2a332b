package org.svyaz.documents;

import org.springframework.core.io.InputStreamSource;

/**
 * A file to attach, as the browser or an API client sent it.
 *
 * @param fileName the name the sender gave it, cleaned before it is kept
 * @param contentType the sender's media type, or null
 * @param size the size the sender declared, checked again while the bytes are stored
 * @param source the bytes; read twice (to hash, then to store)
 */
public record DocumentUpload(String fileName, String contentType, long size, InputStreamSource source) {
}
