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

/**
 * The feed itself, which calendar programs fetch without logging in (the token is the
 * credential), and the feed section of the account page.
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** A wrong token is a bare 404: it says nothing about whether such a user exists. */
    @GetMapping(FeedUrls.FEED_PATH)
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(IcsFiles.CALENDAR).cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The account page loads this section, so the users module needs not know the calendar. */
    @GetMapping("/account/calendar-feed")
    String section(Model model) {
        model.addAttribute("feedUrl", FeedUrls.of(feeds.myToken()));
        return "calendar/feed :: section";
    }

    @PostMapping("/account/calendar-feed")
    String regenerate(Model model) {
        model.addAttribute("feedUrl", FeedUrls.of(feeds.regenerate()));
        model.addAttribute("regenerated", true);
        return "calendar/feed :: section";
    }
}
