package org.svyaz.calendar.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.svyaz.calendar.CalendarFeeds;
import org.svyaz.calendar.CalendarFeeds.MyFeed;
import org.svyaz.shell.PublicUrl;

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

    /** A wrong token is a bare 404: it says nothing about whether such a user exists. */
    @GetMapping(FeedUrls.FEED_PATH)
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(IcsFiles.CALENDAR).cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
