package org.svyaz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Uses the web pages as a browser without JavaScript would: keeps the session cookie, sends
 * forms with the CSRF token of the last page, and can send the requests htmx sends.
 */
public final class PageClient {

    private final String baseUrl;
    private final HttpClient http;
    private String csrfToken;

    public PageClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static PageClient loggedIn(int port, String userName, String password) {
        PageClient client = new PageClient(port);
        Page page = client.submit("/login", Map.of("username", userName, "password", password));
        if (page.url().contains("/login")) {
            throw new IllegalStateException("Log-in as " + userName + " failed: " + page.url());
        }
        return client;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), false);
    }

    /** A GET that asks for another representation than a browser does, e.g. {@code application/xml}. */
    public Page getAccepting(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET(), false);
    }

    /** Posts a form as a browser does after loading a page of this site (with its CSRF token). */
    public Page submit(String path, Map<String, String> form) {
        if (csrfToken == null) {
            get("/login");
        }
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken);
        return post(path, withToken, false);
    }

    /** Posts a form without any CSRF token, as a forged request from another site would. */
    public Page submitWithoutToken(String path, Map<String, String> form) {
        return post(path, form, false);
    }

    /** Posts as htmx does: the token in a header, and the HX-Request header. */
    public Page htmxPost(String path, Map<String, String> form) {
        return post(path, form, true);
    }

    /** Posts a multipart form with one file part named "file" as htmx does (hx-encoding="multipart/form-data"). */
    public Page htmxUpload(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "svyaz-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/calendar\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, true);
    }

    public Page htmxGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), true);
    }

    private Page post(String path, Map<String, String> form, boolean htmx) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, htmx);
    }

    private Page send(HttpRequest.Builder request, boolean htmx) {
        if (htmx) {
            request.header("HX-Request", "true");
            if (csrfToken != null) {
                request.header("X-CSRF-TOKEN", csrfToken);
            }
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document document = Jsoup.parse(response.body(), response.uri().toString());
            var token = document.selectFirst("meta[name=csrf-token]");
            if (token != null) {
                csrfToken = token.attr("content");
            }
            return new Page(response.statusCode(), response.uri().getPath(), document, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page as received: its status, the address it ended at after redirects, and its HTML. */
    /** What the browser would submit of the form as it stands. */
    public static Map<String, String> formValues(Element form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            if (field.tagName().equals("select") && field.hasAttr("multiple")) {
                // a list with nothing chosen sends nothing; with several chosen, this keeps the first
                Element chosen = field.selectFirst("option[selected]");
                if (chosen != null) {
                    values.put(field.attr("name"), chosen.val());
                }
            } else if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]") != null ? field.selectFirst("option[selected]")
                        : field.selectFirst("option");
                values.put(field.attr("name"), chosen == null ? "" : chosen.val());
            } else if (field.tagName().equals("textarea")) {
                values.put(field.attr("name"), field.text());
            } else {
                values.putIfAbsent(field.attr("name"), field.val());
            }
        }
        return values;
    }

    public record Page(int status, String url, Document html, HttpResponse<String> response) {

        public String text(String selector) {
            var element = html.selectFirst(selector);
            return element == null ? null : element.text();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
