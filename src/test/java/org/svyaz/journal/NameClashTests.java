package org.svyaz.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.svyaz.journal.NameClash.Merge;
import org.svyaz.journal.NameClash.Outcome;
import org.svyaz.journal.NameClash.Rename;
import org.svyaz.journal.NameClash.Suffix;

/** The rule two databases follow when both created the same name: the same outcome seen from either side. */
class NameClashTests {

    private static final UUID SMALLER = UUID.fromString("01890000-0000-7000-8000-000000000001");
    private static final UUID LARGER = UUID.fromString("01890000-0000-7000-8000-000000000002");
    // as a signed long this one's high half is negative, so UUID.compareTo would call it the smaller
    private static final UUID HIGH_BIT = UUID.fromString("f1890000-0000-7000-8000-000000000001");

    private record Definition(String kind, int setting) {
    }

    private final NameClash labels = new NameClash(Suffix.LABEL, 200);

    @Test
    void mergesEqualDefinitionsIntoTheSmallerId() {
        Outcome local = labels.decide("Onboarding", SMALLER, new Definition("TEXT", 1), LARGER, new Definition("TEXT", 1), Set.of("Onboarding"));
        Outcome arriving = labels.decide("Onboarding", LARGER, new Definition("TEXT", 1), SMALLER, new Definition("TEXT", 1), Set.of("Onboarding"));
        assertThat(local).isEqualTo(new Merge(SMALLER, LARGER)).isEqualTo(arriving);
    }

    @Test
    void keepsDifferentDefinitionsAndRenamesTheLargerId() {
        Outcome local = labels.decide("Onboarding", LARGER, new Definition("TEXT", 1), SMALLER, new Definition("NUMBER", 1), Set.of("Onboarding"));
        assertThat(local).isEqualTo(new Rename(LARGER, "Onboarding", "Onboarding (2)", SMALLER));
    }

    @Test
    void ordersIdsAsTheirTextSortsNotAsSignedNumbers() {
        Outcome merged = labels.decide("x", HIGH_BIT, "same", SMALLER, "same", Set.of("x"));
        assertThat(merged).isEqualTo(new Merge(SMALLER, HIGH_BIT));
        assertThat(SMALLER.toString().compareTo(HIGH_BIT.toString())).isNegative();
        assertThat(NameClash.unsignedCompare(SMALLER, HIGH_BIT)).isNegative();
    }

    @Test
    void takesTheFirstSuffixNotYetTaken() {
        Outcome renamed = labels.decide("Onboarding", SMALLER, "a", LARGER, "b", Set.of("Onboarding", "Onboarding (2)", "Onboarding (3)"));
        assertThat(((Rename) renamed).newName()).isEqualTo("Onboarding (4)");
    }

    @Test
    void spellsTheSuffixAsEachOwnersSyntaxAllows() {
        Set<String> taken = Set.of("demo");
        assertThat(new NameClash(Suffix.HYPHEN, 40).firstFree("demo", taken::contains)).isEqualTo("demo-2");
        assertThat(new NameClash(Suffix.UNDERSCORE, 40).firstFree("demo", taken::contains)).isEqualTo("demo_2");
        assertThat(new NameClash(Suffix.DIGITS, 60).firstFree("demo", taken::contains)).isEqualTo("demo2");
        assertThat(new NameClash(Suffix.DOT, 60).firstFree("demo", taken::contains)).isEqualTo("demo.2");
        assertThat(labels.firstFree("demo", taken::contains)).isEqualTo("demo (2)");
    }

    @Test
    void shortensALongNameToMakeRoomForItsSuffix() {
        NameClash codes = new NameClash(Suffix.HYPHEN, 10);
        assertThat(codes.firstFree("abcdefghij", Set.of("abcdefghij")::contains)).isEqualTo("abcdefgh-2").hasSize(10);
        Set<String> upToNine = new HashSet<>(List.of("abcdefghij"));
        for (int i = 2; i <= 9; i++) {
            upToNine.add("abcdefgh-" + i);
        }
        assertThat(codes.firstFree("abcdefghij", upToNine::contains)).isEqualTo("abcdefg-10").hasSize(10);
    }

    @Test
    void refusesOneRecordAsItsOwnClash() {
        assertThatThrownBy(() -> labels.decide("x", SMALLER, "a", SMALLER, "a", Set.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void bothSidesDecideAlike(@ForAll("ids") UUID one, @ForAll("ids") UUID other, @ForAll("definitions") String oneDefinition,
            @ForAll("definitions") String otherDefinition, @ForAll("taken") Set<String> alsoTaken, @ForAll Suffix suffix) {
        if (one.equals(other)) {
            return;
        }
        NameClash clash = new NameClash(suffix, 12);
        Set<String> taken = new HashSet<>(alsoTaken);
        taken.add("name");
        Outcome here = clash.decide("name", one, oneDefinition, other, otherDefinition, taken);
        Outcome there = clash.decide("name", other, otherDefinition, one, oneDefinition, taken);
        assertThat(here).isEqualTo(there);
        UUID smaller = NameClash.unsignedCompare(one, other) < 0 ? one : other;
        UUID larger = smaller.equals(one) ? other : one;
        if (oneDefinition.equals(otherDefinition)) {
            assertThat(here).isEqualTo(new Merge(smaller, larger));
        } else {
            Rename rename = (Rename) here;
            assertThat(rename.renamed()).isEqualTo(larger);
            assertThat(rename.kept()).isEqualTo(smaller);
            assertThat(rename.newName()).isNotIn(taken).startsWith("name").hasSizeLessThanOrEqualTo(12);
        }
    }

    @Provide
    Arbitrary<UUID> ids() {
        // few distinct bits, so equal high halves, equal ids and the sign bit all turn up
        Arbitrary<Long> halves = Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x0189_0000_0000_7000L);
        return halves.flatMap(high -> halves.map(low -> new UUID(high, low)));
    }

    @Provide
    Arbitrary<String> definitions() {
        return Arbitraries.of("TEXT", "NUMBER", "TEXT:[a,b]");
    }

    @Provide
    Arbitrary<Set<String>> taken() {
        return Arbitraries.of("name (2)", "name (3)", "name-2", "name_2", "name2", "name.2", "name.3", "other").set().ofMaxSize(6);
    }
}
