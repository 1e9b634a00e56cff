package dev.microtower.forecasting.engine;

import dev.microtower.network.domain.Node;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone a network's days are counted in, guessed from where its sites are: the whole hours
 * of the sites' mean longitude (15° an hour), UTC for a network without sites. A fixed offset: it
 * ignores summer time, so an order in the last hour before midnight in summer counts on the next
 * day; every other order lands on its local day (counting in UTC moved every evening order of a network
 * eight hours west of UTC to the next day).
 */
public final class NetworkTimeZone {
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private NetworkTimeZone() {}

    public static ZoneOffset guess(Collection<Node> nodes) {
        double x = 0;
        double y = 0;
        for (Node n : nodes) {
            double lon = Math.toRadians(n.location().lon());
            x += Math.cos(lon);
            y += Math.sin(lon);
        }
        if (nodes.isEmpty() || (x == 0 && y == 0)) {
            return ZoneOffset.UTC;
        }
        // the circular mean, so that sites on both sides of the date line do not average to Greenwich
        double meanLon = Math.toDegrees(Math.atan2(y, x));
        int hours = (int) Math.round(meanLon / 15);
        return ZoneOffset.ofHours(Math.max(-12, Math.min(14, hours)));
    }

    /**
     * The zone a stored setting names, or the guess from {@code nodes} when none is stored: what the
     * history window, the backtest and the simulation count their days in.
     */
    public static ZoneId of(Optional<ZoneId> stored, Collection<Node> nodes) {
        return stored.orElseGet(() -> guess(nodes));
    }

    /**
     * Reads a time zone typed by a planner: a region ({@code America/Los_Angeles}, summer time
     * included), {@code UTC}, or an offset from UTC ({@code -03:00}, {@code +5:30}, {@code UTC-3}).
     * Three-letter abbreviations such as {@code PST} are refused: several zones share them.
     *
     * @throws IllegalArgumentException with a message for the planner when the text names no zone
     */
    public static ZoneId parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the time zone is empty: give a region such as Europe/Paris"
                    + " or an offset from UTC such as -03:00");
        }
        String upper = t.toUpperCase(Locale.ROOT);
        try {
            if (upper.equals("UTC") || upper.equals("Z") || upper.equals("GMT")) {
                return ZoneOffset.UTC;
            }
            for (String prefix : new String[] {"UTC", "GMT"}) {
                if (upper.startsWith(prefix + "+") || upper.startsWith(prefix + "-")) {
                    return offset(t.substring(prefix.length()));
                }
            }
            if (t.startsWith("+") || t.startsWith("-")) {
                return offset(t);
            }
            if (!t.contains("/")) {
                throw new DateTimeException("no region");
            }
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time zone: give a region such as"
                    + " Europe/Paris or America/Sao_Paulo, or an offset from UTC such as -03:00 (from -12:00 to"
                    + " +14:00)");
        }
    }

    /** {@code +h}, {@code -hh}, {@code +h:mm} or {@code -hhmm} as an offset, within ±18 hours. */
    private static ZoneOffset offset(String text) {
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("not an offset");
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59 || (sign < 0 && hours * 60 + minutes > 12 * 60)) {
            throw new DateTimeException("out of range");
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** How a zone reads on screen and in the command line: its id and, for a region, today's offset. */
    public static String describe(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }
}
