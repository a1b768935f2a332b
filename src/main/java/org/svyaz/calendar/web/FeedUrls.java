package org.svyaz.calendar.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute address of a feed, as calendar programs subscribe to it. */
final class FeedUrls {

    static final String FEED_PATH = "/calendar/feed/{token}.ics";

    private FeedUrls() {
    }

    /** Built from the current request, so it names the host and port the user reached Svyaz by. */
    static String of(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(FEED_PATH).buildAndExpand(token).toUriString();
    }
}
