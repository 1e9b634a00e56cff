package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.scenarios.domain.Scenario;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What {@code --time-zone ZONE} means on {@code plan}, {@code forecast} and {@code simulate}, and
 * what {@code scenario time-zone} sets: the zone a scenario's network counts its days in, stored
 * with the scenario so that the window, later runs and every command count the same days. The text
 * is read before the database is opened, so a zone that does not exist changes nothing.
 */
final class TimeZoneOption {
    @Option(
            names = "--time-zone",
            paramLabel = "ZONE",
            description = "Count days in ZONE (a region such as America/Los_Angeles, or an offset such as -03:00)"
                    + " and store it as the scenario's network time zone (default: the stored one, else guessed"
                    + " from the sites).")
    String text;

    /** The zone {@code --time-zone} names, {@code null} without the option. */
    ZoneId zone() {
        return text == null ? null : parse("--time-zone", text);
    }

    /** The zone {@code text} names, or a {@link CommandException} naming the option and the text. */
    static ZoneId parse(String option, String text) {
        try {
            return NetworkTimeZone.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException(option + ": " + e.getMessage());
        }
    }

    /** Stores {@code zone} as {@code scenario}'s network time zone unless it is already, and says so. */
    static void store(OpenSession session, Scenario scenario, ZoneId zone, PrintWriter console) {
        Optional<ZoneId> stored = session.stores().scenarios().findTimeZone(scenario.id());
        if (stored.isPresent() && stored.get().equals(zone)) {
            return;
        }
        session.stores().scenarios().setTimeZone(scenario.id(), zone);
        console.printf(
                "network time zone of '%s' set to %s (stored; days are counted from local midnight there)%n",
                scenario.name(), NetworkTimeZone.describe(zone));
    }

    /** One line saying which zone the scenario's days are counted in and where it came from. */
    static String describe(OpenSession session, Scenario scenario) {
        Optional<ZoneId> stored = session.stores().scenarios().findTimeZone(scenario.id());
        if (stored.isPresent()) {
            return "network time zone of '" + scenario.name() + "': " + NetworkTimeZone.describe(stored.get())
                    + " (stored)";
        }
        ZoneId guess = NetworkTimeZone.guess(session.stores().nodes().findAll(scenario.id()));
        return "network time zone of '" + scenario.name() + "': " + NetworkTimeZone.describe(guess)
                + " (not set: guessed from the sites' mean longitude)";
    }
}
