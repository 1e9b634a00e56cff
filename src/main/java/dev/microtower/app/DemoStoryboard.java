package dev.microtower.app;

import dev.microtower.core.Session;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.StoryboardJson;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The storyboard the demo network ships with, "Bay Area tour" ({@code sample-data/bay-area-tour.json}
 * in the jar): added to a demo database when it is placed or loaded, so a presenter can show the
 * product straight after installing it.
 */
public final class DemoStoryboard {
    static final String RESOURCE = "sample-data/bay-area-tour.json";

    private DemoStoryboard() {}

    /** Adds the tour unless the database has a storyboard of its name; returns it if it was added. */
    public static Optional<Storyboard> addIfAbsent(Session session) {
        String text;
        try (InputStream in = DemoStoryboard.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty(); // a build without the demo files
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        Storyboard tour = StoryboardJson.read(
                text, RESOURCE, name -> scenarios.findByName(name).map(Scenario::id));
        StoryboardRepository store = session.get(StoryboardRepository.class);
        if (store.find(tour.name()).isPresent()) {
            return Optional.empty();
        }
        store.save(tour);
        return Optional.of(tour);
    }
}
