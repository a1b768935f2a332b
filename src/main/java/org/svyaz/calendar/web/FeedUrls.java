package org.svyaz.calendar.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.svyaz.shell.PublicUrl;

/** The absolute address of a feed, as calendar programs subscribe to it. */
final class FeedUrls {

    static final String FEED_PATH = "/calendar/feed/{token}.ics";

    private FeedUrls() {
    }

    /** Under {@code svyaz.public-url} when set, else the host and port the user reached Svyaz by; null without a token. */
    static String of(PublicUrl publicUrl, String token) {
        return token == null ? null : publicUrl.of(UriComponentsBuilder.fromPath(FEED_PATH).buildAndExpand(token).toUriString());
    }
}
