package dev.microtower.ui.framework;

/** The menus a feature can add items to; the window shows a menu only once it has items. */
public enum MenuPlace {
    /** Open, import, export, preferences. */
    FILE,
    /** Undo, redo and edits of the selection. */
    EDIT,
    /** Panels, zoom, full screen. */
    VIEW,
    /** Planning: forecasts, targets, transfers. */
    PLAN,
    /** Allocation rules. */
    RULES,
    /** About, documentation. */
    HELP
}
