package dev.microtower.presentation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A named, ordered list of saved views for presenting the network: stepped through in presentation
 * mode, exported to PDF (a page per view) or PNG (a file per view). Immutable; the edits return a
 * new storyboard.
 */
public record Storyboard(String name, List<StoryView> views) {
    /** Longest name the database holds. */
    public static final int MAX_NAME = 120;

    public Storyboard {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a storyboard needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a storyboard name has at most " + MAX_NAME + " characters");
        }
        views = List.copyOf(views);
    }

    public Storyboard withView(StoryView view) {
        List<StoryView> more = new ArrayList<>(views);
        more.add(view);
        return new Storyboard(name, more);
    }

    public Storyboard replace(int index, StoryView view) {
        List<StoryView> changed = new ArrayList<>(views);
        changed.set(index, view);
        return new Storyboard(name, changed);
    }

    public Storyboard without(int index) {
        List<StoryView> fewer = new ArrayList<>(views);
        fewer.remove(index);
        return new Storyboard(name, fewer);
    }

    /** The view at {@code from} moved to {@code to}, the others keeping their order. */
    public Storyboard move(int from, int to) {
        List<StoryView> moved = new ArrayList<>(views);
        moved.add(to, moved.remove(from));
        return new Storyboard(name, moved);
    }

    public Storyboard renamed(String newName) {
        return new Storyboard(newName, views);
    }
}
