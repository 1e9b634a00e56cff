package dev.microtower.whatif;

import dev.microtower.core.Session;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.ui.framework.Workbench;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps the window's title naming the open database and the scenario on screen, so a planner who
 * switched to a copy and a presenter showing one can always tell which network they are looking at,
 * even with the side panels folded away: "Microtower — bay-area — scenario: Close MFC-03", and for
 * the baseline "scenario: Baseline (the network as it is)". FX thread.
 */
final class WindowTitle {
    private final Workbench bench;

    WindowTitle(Workbench bench, ScenariosModel model) {
        this.bench = bench;
        model.current.addListener((o, was, now) -> show(now));
    }

    private void show(Scenario current) {
        Window owner = bench.owner();
        if (!(owner instanceof Stage stage)) {
            return; // not shown yet: the first read after the window shows names the scenario
        }
        Session session = bench.session().orElse(null);
        if (session == null || current == null) {
            return; // keep what the application set while no database is open
        }
        stage.setTitle(of(database(session), current));
    }

    /** The title for {@code database} showing {@code scenario}. */
    static String of(String database, Scenario scenario) {
        String shown = scenario.id().isBaseline() ? scenario.name() + " (the network as it is)" : scenario.name();
        return "Microtower — " + database + " — scenario: " + shown;
    }

    /** The database as the user named it when opening it: the file without H2's suffix. */
    private static String database(Session session) {
        String file = session.file().toString();
        return file.endsWith(".mv.db") ? file.substring(0, file.length() - ".mv.db".length()) : file;
    }
}
