package org.svyaz.shell;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a page or file of this server, for addresses that leave it (calendar
 * feed URLs, links in e-mails). With {@code svyaz.public-url} set (e.g.
 * {@code https://crm.example.com}), that address is used, so a forged {@code Host} header cannot
 * make Svyaz hand out links to another site; unset, the address is the one the current request
 * reached the server by, as a small installation on one machine needs no setting.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${svyaz.public-url:}") String configured) {
        this.configured = checked(configured);
    }

    /**
     * The absolute address of {@code path} (starting with a slash, already encoded).
     *
     * @throws IllegalStateException when no public URL is set and there is no current request
     */
    public String of(String path) {
        if (!configured.isEmpty()) {
            return configured + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** The setting without its trailing slash; a setting that is no http(s) address stops the start, saying so. */
    private static String checked(String setting) {
        String url = setting == null ? "" : setting.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalStateException("svyaz.public-url must be an http or https address such as https://crm.example.com, not " + setting);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("svyaz.public-url is not an address: " + setting, e);
        }
        return url;
    }
}
