package dev.microtower.whatif;

import dev.microtower.compare.ui.ChangesLayer;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Workbench;
import java.util.Optional;
import javafx.collections.ListChangeListener;

/**
 * Scenarios in the window: the toolbar's scenario switcher, the Scenarios side panel (every
 * scenario, create from the shown one, rename, notes, delete, make baseline, and what the shown
 * scenario changed from its parent), the map's rings around changed sites and the window title
 * naming the scenario. Switching goes
 * through {@link Workbench#switchScenario}, which every module follows.
 */
public final class WhatIfModule implements FeatureModule {
    private final ScenariosModel model = new ScenariosModel();
    private ScenariosController controller;
    private ScenariosPanel panel;
    private ScenarioSwitcher switcher;
    private ChangedSites changed;
    private Workbench bench;
    private NetworkModel network;

    @Override
    public void install(Workbench workbench) {
        this.bench = workbench;
        network = bench.service(NetworkModel.class);
        controller = new ScenariosController(bench, model, network);
        switcher = new ScenarioSwitcher(model, chosen -> controller.switchTo(chosen.id()));
        panel = new ScenariosPanel(model);
        bench.addToolbarItems(switcher.node());
        bench.addSidePanel("scenarios-tab", "Scenarios", panel);
        changed = new ChangedSites(ChangesLayer.of(bench)); // installed after the sites: drawn over them
        new WindowTitle(bench, model);
        wire(network);
        controller.attach();
    }

    private void wire(NetworkModel network) {
        Runnable mark = () -> changed.show(model.differences, network.sites());
        model.differences.addListener((ListChangeListener<Difference>) c -> mark.run());
        network.sites().addListener((ListChangeListener<Node>) c -> mark.run());
        // the actions act on the chosen row: with none chosen, the shown scenario is
        Runnable choose = () -> {
            Scenario shown = model.current.get();
            if (panel.list.getSelectionModel().getSelectedItem() == null && shown != null) {
                panel.list.getSelectionModel().select(shown);
            }
        };
        model.current.addListener((o, was, now) -> {
            panel.list.refresh(); // the ▶ mark follows
            choose.run();
        });
        model.scenarios.addListener((ListChangeListener<Scenario>) c -> choose.run());
        panel.differences.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                controller.goTo(now);
            }
        });
        panel.show.setOnAction(e -> chosen().ifPresent(s -> controller.switchTo(s.id())));
        panel.create.setOnAction(e -> {
            Scenario from = model.current.get();
            ScenarioDialogs.ask(
                            bench.owner(),
                            "New scenario from \"" + from.name() + "\"",
                            "Create",
                            from.name() + " (copy)",
                            "",
                            true)
                    .ifPresent(answer -> controller.create(answer.name(), answer.notes()));
        });
        panel.rename.setOnAction(e -> chosen().ifPresent(s -> ScenarioDialogs.ask(
                        bench.owner(), "Rename \"" + s.name() + "\"", "Rename", s.name(), null, false)
                .ifPresent(answer -> controller.rename(s.id(), answer.name()))));
        panel.notes.setOnAction(e -> chosen().ifPresent(s -> ScenarioDialogs.notes(bench.owner(), s.name(), s.notes())
                .ifPresent(text -> controller.setNotes(s.id(), text))));
        panel.delete.setOnAction(e -> chosen().ifPresent(s -> {
            if (ScenarioDialogs.confirm(
                    bench.owner(),
                    "Delete \"" + s.name() + "\"?",
                    "Its sites, stock, zones, rules, demand changes and plans are removed. The baseline and "
                            + "other scenarios are not touched. This cannot be undone.",
                    "Delete")) {
                controller.delete(s);
            }
        }));
        panel.promote.setOnAction(e -> chosen().ifPresent(s -> {
            if (ScenarioDialogs.confirm(
                    bench.owner(),
                    "Make \"" + s.name() + "\" the baseline?",
                    "Its sites, stock, zones, rules, demand changes and plans become the baseline. The current "
                            + "baseline is kept as a scenario named \"Baseline until <today>\". Edits of both can "
                            + "no longer be undone.",
                    "Make baseline")) {
                controller.promote(s);
            }
        }));
    }

    private Optional<Scenario> chosen() {
        return Optional.ofNullable(panel.list.getSelectionModel().getSelectedItem());
    }

    /** The controller, for tests that act as the panel's buttons do once their dialog is answered. */
    ScenariosController controller() {
        return controller;
    }

    NetworkModel controllerNetwork() {
        return network;
    }

    ScenariosModel model() {
        return model;
    }

    ScenariosPanel panel() {
        return panel;
    }

    ScenarioSwitcher switcher() {
        return switcher;
    }

    ChangedSites changedSites() {
        return changed;
    }
}
