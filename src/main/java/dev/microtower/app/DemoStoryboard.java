package dev.microtower.app;

import dev.microtower.core.Session;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.DemoTour;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.util.Optional;

/** Adds the demo's storyboard ({@link DemoTour}) to a session's database if it is not there. */
public final class DemoStoryboard {
    private DemoStoryboard() {}

    /** Adds the tour unless the database has a storyboard of its name; returns it if it was added. */
    public static Optional<Storyboard> addIfAbsent(Session session) {
        return DemoTour.addIfAbsent(session.get(StoryboardRepository.class), session.get(ScenarioRepository.class));
    }
}
