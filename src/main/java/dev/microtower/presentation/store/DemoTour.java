package dev.microtower.presentation.store;

import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The storyboard the demo network ships with, "Bay Area tour" ({@code sample-data/bay-area-tour.json}
 * in the jar). The ready-made demo database carries it (so placing the demo stays one step); a demo
 * imported from its files, or an older image, gets it added after.
 */
public final class DemoTour {
    static final String RESOURCE = "sample-data/bay-area-tour.json";

    private DemoTour() {}

    /** Adds the tour unless {@code store} has a storyboard of its name; returns it if it was added. */
    public static Optional<Storyboard> addIfAbsent(StoryboardRepository store, ScenarioRepository scenarios) {
        String text;
        try (InputStream in = DemoTour.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty(); // a build without the demo files
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        Storyboard tour = StoryboardJson.read(
                text, RESOURCE, name -> scenarios.findByName(name).map(Scenario::id));
        if (store.find(tour.name()).isPresent()) {
            return Optional.empty();
        }
        store.save(tour);
        return Optional.of(tour);
    }
}
