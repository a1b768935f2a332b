package org.svyaz.calendar.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.calendar.CalendarFeeds;

/** The caller's secret feed address over the API (API.md, "Calendar"). */
@RestController
class CalendarFeedApiController {

    private final CalendarFeeds feeds;

    CalendarFeedApiController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/v1/me/calendar-feed")
    FeedJson feed() {
        return new FeedJson(FeedUrls.of(feeds.myToken()));
    }

    /** A new address; the old one stops working. */
    @PostMapping("/api/v1/me/calendar-feed")
    FeedJson regenerate() {
        return new FeedJson(FeedUrls.of(feeds.regenerate()));
    }

    record FeedJson(String url) {
    }
}
