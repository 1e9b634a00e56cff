package dev.microtower.whatif;

import dev.microtower.app.ScenarioService;
import dev.microtower.core.DataChange;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapPane;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Reacts to the user's scenario actions and to the window: reads the scenarios when a database
 * opens, switches the window to another scenario, creates, renames, annotates, deletes and
 * promotes scenarios on the IO lane, and keeps the differences from the parent up to date when
 * the scenario or its data change. Writes only the {@link ScenariosModel}. FX thread.
 */
final class ScenariosController {
    private final Workbench bench;
    private final ScenariosModel model;
    private final NetworkModel network;
    private final LatestWins<Listed> listing;
    private final LatestWins<ScenarioDifferences> differences;

    /** The scenarios as read while the window showed {@code of}, by the reload numbered {@code reload}. */
    private record Listed(List<Scenario> scenarios, ScenarioId of, long reload) {}

    /** A scenario compared with its parent. */
    private record Pair(ScenarioId scenario, ScenarioId parent) {}

    /** Counts the reloads, so that the list a reload reads knows which differences that reload asked for. */
    private long reloads;
    /** The differences the newest reload asked for before its list was read, or {@code null}. */
    private Pair early;

    ScenariosController(Workbench bench, ScenariosModel model, NetworkModel network) {
        this.bench = Objects.requireNonNull(bench);
        this.model = Objects.requireNonNull(model);
        this.network = Objects.requireNonNull(network);
        this.listing = new LatestWins<>(
                bench.work(),
                Work.Lane.IO,
                Duration.millis(50),
                failure -> bench.showError("Cannot read the scenarios", failure));
        this.differences = new LatestWins<>(
                bench.work(),
                Work.Lane.IO,
                Duration.millis(100),
                failure -> bench.showError("Cannot compare the scenario with its parent", failure));
    }

    /** Follows the window: another database, another scenario, or a change of the scenario's data. */
    void attach() {
        bench.sessionProperty().addListener((o, was, now) -> reload());
        bench.scenarioProperty().addListener((o, was, now) -> reload());
        bench.changes().subscribe(this::dataChanged);
        reload();
    }

    private void dataChanged(DataChange change) {
        Scenario shown = model.current.get();
        // a change of the parent changes the differences as much as one of the scenario itself
        if (change.scenario().equals(bench.scenario())
                || (shown != null && change.scenario().equals(shown.parent()))) {
            reload();
        }
    }

    /**
     * Reads the scenarios, then the current one's differences from its parent, newest request wins.
     * The list comes first and is shown at once (the switcher, the panel and the window title name
     * the scenario without waiting), the differences, which read both scenarios whole, after it.
     */
    void reload() {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            listing.cancel();
            differences.cancel();
            model.scenarios.clear();
            model.current.set(null);
            model.differencesOf = null;
            model.differences.clear();
            model.differencesTitle.set("");
            return;
        }
        ScenarioService service = open.get().get(ScenarioService.class);
        ScenarioId scenario = bench.scenario();
        long reload = ++reloads;
        early = null;
        // a switch to a scenario the list already holds: compare it with its parent now, beside the
        // list's read rather than after it (the list only confirms the parent)
        Optional<Scenario> known =
                model.scenarios.stream().filter(s -> s.id().equals(scenario)).findFirst();
        if (known.isPresent()
                && known.get().parent() != null
                && model.scenarios.stream()
                        .anyMatch(s -> s.id().equals(known.get().parent()))) {
            early = new Pair(scenario, known.get().parent());
            model.current.set(known.get()); // as last read; the list's read confirms it
            requestDifferences(known.get());
        }
        listing.request("Reading the scenarios…", ctx -> new Listed(service.list(), scenario, reload), this::show);
    }

    private void show(Listed listed) {
        if (!listed.of().equals(bench.scenario())) {
            return; // the window moved on; a newer read is on its way
        }
        model.scenarios.setAll(listed.scenarios());
        Scenario current = listed.scenarios().stream()
                .filter(s -> s.id().equals(listed.of()))
                .findFirst()
                .orElse(null);
        model.current.set(current);
        if (current == null) {
            differences.cancel();
            model.differencesOf = null;
            model.differences.clear();
            model.differencesTitle.set("");
            return;
        }
        if (current.parent() == null || listed.scenarios().stream().noneMatch(s -> s.id().equals(current.parent()))) {
            differences.cancel();
            model.differencesOf = null;
            model.differences.clear();
            model.differencesTitle.set(
                    current.parent() == null
                            ? "The baseline is the network as it is: it has no parent to compare with."
                            : "The parent of this scenario was removed.");
            return;
        }
        if (listed.reload() == reloads && new Pair(current.id(), current.parent()).equals(early)) {
            return; // asked for by this reload already, against the same parent
        }
        requestDifferences(current);
    }

    private void requestDifferences(Scenario current) {
        if (!current.id().equals(model.differencesOf)) {
            // the list still shows another scenario's differences: say so rather than leave them
            model.differences.clear();
            model.differencesTitle.set("Comparing with " + model.parentName(current) + "…");
        }
        ScenarioService service = bench.session().orElseThrow().get(ScenarioService.class);
        ScenarioId parent = current.parent();
        differences.request(
                "Comparing the scenario with its parent…",
                ctx -> service.differences(parent, current.id()),
                diff -> showDifferences(current, diff));
    }

    private void showDifferences(Scenario of, ScenarioDifferences diff) {
        Scenario current = model.current.get();
        if (current == null || !of.id().equals(current.id()) || !of.id().equals(bench.scenario())) {
            return;
        }
        List<Difference> items = diff.items();
        model.differencesOf = of.id();
        model.differences.setAll(items);
        model.differencesTitle.set(
                items.isEmpty()
                        ? "No differences from " + model.parentName(current) + "."
                        : items.size() + (items.size() == 1 ? " difference" : " differences") + " from "
                                + model.parentName(current) + ":");
    }

    // ---- actions ----

    /** Shows {@code scenario} in the whole window. */
    void switchTo(ScenarioId scenario) {
        if (!scenario.equals(bench.scenario())) {
            bench.switchScenario(scenario);
            model.named(nameOf(scenario)).ifPresent(s -> bench.showStatus("Showing the scenario \"" + s.name() + "\""));
        }
    }

    /** Copies the current scenario into a new one named {@code name} and shows it. */
    Task<Scenario> create(String name, String notes) {
        ScenarioId from = bench.scenario();
        return write("Copying the scenario…", service -> service.copy(from, name.strip(), notes), made -> {
            bench.switchScenario(made.id());
            bench.showStatus("Created \"" + made.name() + "\" and showing it");
        });
    }

    Task<Scenario> rename(ScenarioId scenario, String name) {
        return write("Renaming the scenario…", service -> service.rename(scenario, name.strip()), done -> {});
    }

    Task<Scenario> setNotes(ScenarioId scenario, String notes) {
        return write("Saving the notes…", service -> service.setNotes(scenario, notes), done -> {});
    }

    /**
     * Removes {@code scenario} (never the baseline); when it is the one shown, the window shows its
     * parent, or the baseline if the parent is gone.
     */
    Task<Scenario> delete(Scenario scenario) {
        if (scenario.id().isBaseline()) {
            bench.showError(
                    "Cannot delete the baseline",
                    new IllegalArgumentException("The baseline is the network as it is and cannot be deleted."));
            return null;
        }
        ScenarioId next =
                scenario.parent() != null && model.scenarios.stream().anyMatch(s -> s.id().equals(scenario.parent()))
                        ? scenario.parent()
                        : ScenarioId.BASELINE;
        if (scenario.id().equals(bench.scenario())) {
            bench.switchScenario(next); // nothing may read the scenario while it goes
        }
        return write(
                "Deleting the scenario…",
                service -> {
                    service.delete(scenario.id());
                    return scenario;
                },
                done -> {
                    bench.history().forget(done.id());
                    bench.showStatus("Deleted \"" + done.name() + "\"");
                });
    }

    /** Makes {@code scenario} the baseline and shows the baseline; the old one is kept under the date. */
    Task<Scenario> promote(Scenario scenario) {
        LocalDate today = LocalDate.now();
        return write(
                "Making \"" + scenario.name() + "\" the baseline…",
                service -> service.promote(scenario.id(), today),
                kept -> {
                    // the edits of both were made on rows that moved: they cannot be undone any more
                    bench.history().forget(scenario.id());
                    bench.history().forget(ScenarioId.BASELINE);
                    bench.changes().publish(ScenarioId.BASELINE, DataChange.everything());
                    bench.changes().publish(kept.id(), DataChange.everything());
                    bench.switchScenario(ScenarioId.BASELINE);
                    bench.showStatus("\"" + scenario.name() + "\" is now the baseline; the old baseline is kept as \""
                            + kept.name() + "\"");
                });
    }

    /** Selects the site of {@code difference} and centres the map on it, if it is in the scenario. */
    void goTo(Difference difference) {
        NodeCode code = difference.site();
        if (code == null) {
            return;
        }
        network.site(code)
                .ifPresentOrElse(
                        site -> {
                            network.selectedProperty().set(site);
                            MapPane map = bench.map();
                            map.show(site.location(), Math.max(map.viewport().zoom(), 14));
                        },
                        () -> bench.showStatus(code + " is not in this scenario; its parent has it"));
    }

    private String nameOf(ScenarioId id) {
        return model.scenarios.stream()
                .filter(s -> s.id().equals(id))
                .map(Scenario::name)
                .findFirst()
                .orElse("");
    }

    private interface Write {
        Scenario run(ScenarioService service);
    }

    private Task<Scenario> write(String message, Write job, java.util.function.Consumer<Scenario> then) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return null;
        }
        ScenarioService service = open.get().get(ScenarioService.class);
        return bench.work()
                .io(message, ctx -> job.run(service))
                .onSuccess(done -> {
                    then.accept(done);
                    reload();
                })
                .onFailure(failure -> {
                    bench.showError("Cannot change the scenarios", failure);
                    reload();
                })
                .start();
    }
}
