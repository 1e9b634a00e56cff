package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PlainInstantTest {
    @Test
    void readsEveryPlainUtcInstantAsInstantParseDoes() {
        // steps through years, leap days, month ends and all times of day at an odd stride
        Instant from = Instant.parse("1999-12-31T23:59:59Z");
        Instant to = Instant.parse("2031-03-01T00:00:00Z");
        int checked = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(7, ChronoUnit.HOURS).plusSeconds(61 * 13 + 7)) {
            String text = t.toString();
            assertEquals(Instant.parse(text), Cells.plainUtcInstant(text), text);
            checked++;
        }
        assertEquals(Instant.parse("2028-02-29T12:00:00Z"), Cells.plainUtcInstant("2028-02-29T12:00:00Z"));
        assertEquals(true, checked > 30_000, "checked " + checked);
    }

    @Test
    void leavesAnythingElseToInstantParse() {
        for (String text : new String[] {
            "2026-02-29T12:00:00Z", // not a leap year
            "2026-04-31T12:00:00Z",
            "2026-13-01T12:00:00Z",
            "2026-00-01T12:00:00Z",
            "2026-07-00T12:00:00Z",
            "2026-07-01T24:00:00Z",
            "2026-07-01T12:60:00Z",
            "2026-07-01T23:59:60Z",
            "2026-07-01T12:00:00z",
            "2026-07-01 12:00:00Z",
            "2026-07-01T12:00:00.5Z",
            "2026-07-01T12:00:00+02:00",
            "+2026-07-01T12:00:0Z",
            "2026-07-0１T12:00:00Z", // a full-width digit
            "yesterday"
        }) {
            assertNull(Cells.plainUtcInstant(text), text);
        }
    }
}
