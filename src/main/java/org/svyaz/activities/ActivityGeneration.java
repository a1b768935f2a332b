package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.access.RecordAccess;
import org.svyaz.activities.internal.JooqActivities;
import org.svyaz.activities.internal.ValidActivity;
import org.svyaz.shell.DisplayTime;

/**
 * Generates many activities for the benchmark (BENCHMARKS.md): valid by construction, so they
 * skip the per-activity checks, but written through the journal like any other, in batches of
 * their own transactions. Not for users' data.
 */
@Service
public class ActivityGeneration {

    private static final int BATCH = 10_000;
    private static final String[] TYPES = {ActivityType.CALL, ActivityType.CALL, ActivityType.CALL, ActivityType.MEETING, ActivityType.TO_DO, ActivityType.TO_DO};
    private static final String[] REGARDING = {"Отправить прайс-лист", "Обсудить условия поставки", "Презентация продукта",
            "Follow up on the proposal", "Подписать договор", "Collect information about the company"};

    private final JooqActivities activities;
    private final DisplayTime time;
    private final TransactionTemplate transactions;

    ActivityGeneration(JooqActivities activities, DisplayTime time, TransactionTemplate transactions) {
        this.activities = activities;
        this.time = time;
        this.transactions = transactions;
    }

    /**
     * Adds {@code count} activities of the owners with the contacts, dated up to two years either
     * side of {@code around}; those in the past are mostly cleared, as a working database's are.
     */
    public void generate(int count, List<UUID> owners, List<UUID> contacts, LocalDate around, long seed) {
        generate(count, owners, contacts, around, 2 * 365, seed);
    }

    /** The same, dated up to {@code daysEitherSide} days before or after {@code around}. */
    public void generate(int count, List<UUID> owners, List<UUID> contacts, LocalDate around, int daysEitherSide, long seed) {
        Random random = new Random(seed);
        // generated data has no scheduler of its own: it lives in the server's zone, as its users do by default
        ZoneId zone = time.serverZone();
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            List<ValidActivity> batch = new ArrayList<>(size);
            List<Boolean> cleared = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                LocalDate date = around.plusDays(random.nextInt(2 * daysEitherSide + 1) - daysEitherSide);
                LocalTime start = random.nextInt(5) == 0 ? null : LocalTime.of(8 + random.nextInt(10), random.nextInt(4) * 15);
                UUID owner = owners.get(random.nextInt(owners.size()));
                batch.add(new ValidActivity(TYPES[random.nextInt(TYPES.length)], date, start, 15 * (1 + random.nextInt(8)),
                        List.of(contacts.get(random.nextInt(contacts.size()))), REGARDING[random.nextInt(REGARDING.length)], "",
                        Priority.values()[random.nextInt(3)], null, random.nextInt(4) == 0 ? 15 : null, owner, null, RecordAccess.PUBLIC, null, zone, zone));
                cleared.add(date.isBefore(around) && random.nextInt(10) > 0);
            }
            transactions.executeWithoutResult(status -> activities.insertGenerated(batch, cleared));
        }
    }
}
