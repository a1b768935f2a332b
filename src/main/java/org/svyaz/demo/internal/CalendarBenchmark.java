package org.svyaz.demo.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityGeneration;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.CalendarAccess;
import org.svyaz.activities.CalendarSharing;
import org.svyaz.shell.CommandLine;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * {@code bench --calendar}: the calendar's pages as a browser gets them, over HTTP from the
 * server this command starts, after the other sections have filled the database (say, to
 * 5,000,000 activities with {@code --activities}). Five users with 2,000 activities each over
 * two years, four of whom share their calendars with the first, are made once; then it times the
 * first user's month view, the week view of all five side by side, and the first user's
 * iCalendar feed (all 2,000 activities). Prints a Markdown table.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.BENCH)
class CalendarBenchmark implements ApplicationRunner {

    private static final int USERS = 5;
    private static final int ACTIVITIES_EACH = 2_000;
    private static final String PASSWORD = "bench-calendar";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FEED_URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

    private final UserManagement users;
    private final ActivityGeneration generation;
    private final ActivityManagement activities;
    private final CalendarSharing sharing;
    private final DataSource dataSource;
    private final ApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    CalendarBenchmark(UserManagement users, ActivityGeneration generation, ActivityManagement activities, CalendarSharing sharing,
            DataSource dataSource, ApplicationContext context) {
        this.users = users;
        this.generation = generation;
        this.activities = activities;
        this.sharing = sharing;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        if (!arguments.containsOption("calendar") || !BenchOptions.measures(arguments, "calendar")) {
            return;
        }
        if (!(context instanceof WebServerApplicationContext web)) {
            throw new IllegalStateException("the calendar benchmark needs the web server: run bench with --calendar");
        }
        int iterations = arguments.containsOption("iterations") ? Integer.parseInt(arguments.getOptionValues("iterations").get(0)) : 200;
        // pages need more warm-up than queries: their expressions are compiled after some runs
        int warmup = arguments.containsOption("warmup") ? Integer.parseInt(arguments.getOptionValues("warmup").get(0)) : iterations;
        List<User> calendarUsers = calendarUsers();
        String base = "http://localhost:" + web.getWebServer().getPort();
        String first = calendarUsers.get(0).userName();
        logIn(base, first);
        LocalDate today = activities.today();
        String everyone = calendarUsers.stream().map(u -> "user=" + URLEncoder.encode(u.userName(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        System.out.printf("%n%d activities; the calendar's pages over HTTP, %d iterations after %d warm-up; times in ms%n%n",
                BenchQueries.single(dataSource, "select count(*) from activity"), iterations, warmup);
        System.out.println("| page | activities shown | p50 | p95 | p99 |");
        System.out.println("|---|---|---|---|---|");
        time("a user's month view", base + "/calendar?view=month&date=" + today, null, "data-activity=", iterations, warmup);
        time("the week view of " + USERS + " users side by side", base + "/calendar?view=week&date=" + today + "&" + everyone, null,
                "data-activity=", iterations, warmup);
        time("a user's iCalendar feed", feedUrl(base, first), null, "BEGIN:VEVENT", iterations, warmup);
    }

    /** The five users, each topped up to 2,000 activities, the last four sharing their calendars with the first. */
    private List<User> calendarUsers() {
        User admin = users.byUserName("admin").orElseThrow();
        List<UUID> contacts = BenchQueries.ids(dataSource, "select id from contact order by id limit 20000");
        List<User> created = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            String name = "bench-calendar-" + i;
            User user = users.byUserName(name).orElseGet(() -> users.actingAs(admin.id(),
                    () -> users.create(new NewUser(name, PASSWORD, "Calendar " + name.substring(name.lastIndexOf('-') + 1), Role.STANDARD,
                            Language.RU))));
            long existing = BenchQueries.single(dataSource, "select count(*) from activity where owner_id = ?", user.id());
            if (existing < ACTIVITIES_EACH) {
                users.actingAs(user.id(), () -> {
                    generation.generate((int) (ACTIVITIES_EACH - existing), List.of(user.id()), contacts, activities.today(), 365, user.id().hashCode());
                    return null;
                });
            }
            created.add(user);
        }
        for (User owner : created.subList(1, created.size())) {
            users.actingAs(owner.id(), () -> sharing.share(created.get(0).userName(), CalendarAccess.VIEW));
        }
        return created;
    }

    private void time(String name, String url, String authorization, String item, int iterations, int warmup)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            get(url, authorization);
        }
        long[] times = new long[iterations];
        String body = "";
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            body = get(url, authorization);
            times[i] = System.nanoTime() - started;
        }
        Timings.row(name, occurrences(body, item), times);
    }

    private String get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Logs in through the log-in form, as a browser does, so the pages are timed with a session. */
    private void logIn(String base, String userName) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(base + "/login", null));
        if (!csrf.find()) {
            throw new IllegalStateException("the log-in page has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("could not log in as " + userName + ": " + response.statusCode() + " " + location);
        }
    }

    private String feedUrl(String base, String userName) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((userName + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Matcher url = FEED_URL.matcher(get(base + "/api/v1/me/calendar-feed", basic));
        if (!url.find()) {
            throw new IllegalStateException("no feed address for " + userName);
        }
        return url.group(1);
    }

    private static int occurrences(String text, String item) {
        int count = 0;
        for (int at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + item.length())) {
            count++;
        }
        return count;
    }

}
