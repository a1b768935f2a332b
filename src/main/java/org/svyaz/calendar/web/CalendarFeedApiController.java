package org.svyaz.calendar.web;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.calendar.CalendarFeeds;
import org.svyaz.calendar.CalendarFeeds.MyFeed;
import org.svyaz.shell.PublicUrl;

/**
 * The caller's secret feed address over the API (API.md, "Calendar"). The address is in the
 * answer only when it was just made (the first GET, or a POST): only its hash is kept.
 */
@RestController
class CalendarFeedApiController {

    private final CalendarFeeds feeds;
    private final PublicUrl publicUrl;

    CalendarFeedApiController(CalendarFeeds feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/api/v1/me/calendar-feed")
    FeedJson feed() {
        return toJson(feeds.myFeed());
    }

    /** A new address; the old one stops working. */
    @PostMapping("/api/v1/me/calendar-feed")
    FeedJson regenerate() {
        return toJson(feeds.regenerate());
    }

    private FeedJson toJson(MyFeed feed) {
        return new FeedJson(FeedUrls.of(publicUrl, feed.token()), feed.createdAt().toInstant());
    }

    /** {@code url} is null when the address was made earlier: it was shown then, and POST makes a new one. */
    record FeedJson(String url, Instant createdAt) {
    }
}
