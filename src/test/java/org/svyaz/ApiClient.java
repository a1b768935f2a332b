package org.svyaz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Calls the REST API over HTTP as a client program would, with Basic or bearer credentials. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String authorization;

    private ApiClient(int port, String authorization) {
        this.baseUrl = "http://localhost:" + port;
        this.authorization = authorization;
    }

    public static ApiClient basic(int port, String userName, String password) {
        String credentials = Base64.getEncoder().encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(port, "Basic " + credentials);
    }

    public static ApiClient bearer(int port, String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET that asks for another representation than JSON. */
    public Response getAccepting(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Response post(String path, Object body) {
        return send(json(request(path), "POST", body));
    }

    public Response patch(String path, Object body) {
        return send(json(request(path), "PATCH", body));
    }

    public Response put(String path, Object body) {
        return send(json(request(path), "PUT", body));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends raw text as the body, e.g. malformed JSON. */
    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "svyaz-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, String method, Object body) {
        try {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: its status, its body as bytes and, when it is JSON, parsed. */
    public record Response(int status, byte[] bytes, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
            }
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String id() {
            return json().get("id").asText();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
