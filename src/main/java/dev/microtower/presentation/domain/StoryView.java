package dev.microtower.presentation.domain;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.Range;
import dev.microtower.core.ScenarioId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved view of a storyboard: the scenario on screen, where the map looks (centre and zoom),
 * its layers and their settings, the selected site, the KPI tiles shown over the map (by KPI id, in
 * order), and the title and caption the audience reads.
 *
 * @param selectedSite the selected site's code, or {@code null} for none
 */
public record StoryView(
        String title,
        String caption,
        ScenarioId scenario,
        GeoPoint centre,
        double zoom,
        List<LayerState> layers,
        String selectedSite,
        List<String> kpis) {
    /** The zoom levels the map offers. */
    public static final double MIN_ZOOM = 2, MAX_ZOOM = 18;

    /** The zoom of a saved view, as the database checks it (V14). */
    public static final Range ZOOM = Range.between(MIN_ZOOM, MAX_ZOOM).named("a zoom level");

    public StoryView {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a view needs a title");
        }
        title = title.strip();
        caption = caption == null ? "" : caption.strip();
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(centre, "centre");
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("zoom must be between 2 and 18, not " + zoom);
        }
        layers = List.copyOf(layers);
        selectedSite = selectedSite == null || selectedSite.isBlank() ? null : selectedSite.strip();
        kpis = List.copyOf(kpis);
    }

    public Optional<String> selection() {
        return Optional.ofNullable(selectedSite);
    }

    public Optional<LayerState> layer(String title) {
        return layers.stream().filter(l -> l.layer().equals(title)).findFirst();
    }

    public StoryView withTitle(String newTitle) {
        return new StoryView(newTitle, caption, scenario, centre, zoom, layers, selectedSite, kpis);
    }

    public StoryView withCaption(String newCaption) {
        return new StoryView(title, newCaption, scenario, centre, zoom, layers, selectedSite, kpis);
    }

    public StoryView withSelection(String site) {
        return new StoryView(title, caption, scenario, centre, zoom, layers, site, kpis);
    }

    /** This view with {@code layer} added, or replacing the state of the layer of its title. */
    public StoryView withLayer(LayerState layer) {
        List<LayerState> changed = new java.util.ArrayList<>(layers);
        changed.removeIf(l -> l.layer().equals(layer.layer()));
        changed.add(layer);
        return new StoryView(title, caption, scenario, centre, zoom, changed, selectedSite, kpis);
    }

    public StoryView withKpis(List<String> newKpis) {
        return new StoryView(title, caption, scenario, centre, zoom, layers, selectedSite, newKpis);
    }
}
