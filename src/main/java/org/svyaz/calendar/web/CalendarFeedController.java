package org.svyaz.calendar.web;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.svyaz.calendar.CalendarFeeds;
import org.svyaz.calendar.CalendarFeeds.MyFeed;
import org.svyaz.shell.PublicUrl;
import org.svyaz.calendar.FeedWindow;

/**
 * The feed itself, which calendar programs fetch without logging in (the token is the
 * credential), and the feed section of the account page.
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final PublicUrl publicUrl;

    CalendarFeedController(CalendarFeeds feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    /**
     * A wrong token is a bare 404: it says nothing about whether such a user exists. A feed that
     * has not changed since the client's copy (If-None-Match, or If-Modified-Since without it) is a
     * 304, answered without writing the feed. {@code pastDays} and {@code futureDays} change the
     * window ({@link FeedWindow}).
     */
    @GetMapping(FeedUrls.FEED_PATH)
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token, @RequestParam(required = false) Integer pastDays,
            @RequestParam(required = false) Integer futureDays, WebRequest request) {
        Optional<CalendarFeeds.Feed> feed = feeds.feed(token, FeedWindow.of(pastDays, futureDays));
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // private: the address is a secret; no-cache: a client keeps its copy but asks each time whether it is still current
        CacheControl revalidate = CacheControl.noCache().cachePrivate();
        // this also puts the ETag and Last-Modified on the response, the 304 and the 200 alike
        if (request.checkNotModified(feed.get().etag(), feed.get().lastModified().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(revalidate).build();
        }
        return ResponseEntity.ok().contentType(IcsFiles.CALENDAR).cacheControl(revalidate).body(feeds.text(feed.get()));
    }

    /**
     * The account page loads this section, so the users module needs not know the calendar. The
     * address shows only when it was just made; later the section offers a new one.
     */
    @GetMapping("/account/calendar-feed")
    String section(Model model) {
        return section(model, feeds.myFeed());
    }

    @PostMapping("/account/calendar-feed")
    String regenerate(Model model) {
        model.addAttribute("regenerated", true);
        return section(model, feeds.regenerate());
    }

    private String section(Model model, MyFeed feed) {
        model.addAttribute("feedUrl", FeedUrls.of(publicUrl, feed.token()));
        model.addAttribute("feedCreatedAt", feed.createdAt());
        return "calendar/feed :: section";
    }
}
