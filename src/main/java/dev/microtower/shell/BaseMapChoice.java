package dev.microtower.shell;

import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.basemap.BaseMapSettings;
import dev.microtower.ui.map.basemap.BaseMapTiles;
import java.nio.file.Path;

/** The base map under the network: the one saved in an earlier session, and Preferences → Base map. */
final class BaseMapChoice {
    private final Workbench bench;

    BaseMapChoice(Workbench bench) {
        this.bench = bench;
    }

    /** Switches to the base map chosen in an earlier session, if it is not the built-in one. */
    void applySaved() {
        bench.work()
                .io("Opening the base map…", ctx -> {
                    BaseMapSettings saved = BaseMapSettings.load(BaseMapSettings.defaultFile());
                    return saved.kind() == BaseMapSettings.Kind.BUILT_IN
                            ? null
                            : BaseMapTiles.shared().apply(saved).describe();
                })
                // a saved source that no longer works leaves the built-in map, said in the status bar only
                .onFailure(failure -> bench.showStatus("Base map: built-in (" + Failures.explain(failure) + ")"))
                .start();
    }

    /** Asks for a base map; a source that cannot be used is explained and the current map stays. */
    void choose() {
        Path settingsFile = BaseMapSettings.defaultFile();
        BaseMapPreferences.ask(bench.owner(), BaseMapSettings.load(settingsFile), settings -> bench.work()
                .io("Switching the base map…", ctx -> {
                    // opening an MBTiles file reads it: not on the FX thread
                    String described = BaseMapTiles.shared().apply(settings).describe();
                    settings.save(settingsFile);
                    return described;
                })
                .onSuccess(described -> bench.showStatus("Base map: " + described))
                .onFailure(failure -> bench.showError("Cannot use this base map", failure))
                .start());
    }
}
