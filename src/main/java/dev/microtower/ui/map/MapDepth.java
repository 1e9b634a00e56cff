package dev.microtower.ui.map;

/**
 * Where an overlay sits in the map's drawing order, bottom first. Features name a depth instead of
 * counting on the order they happen to be installed in: zones at the bottom keep heat colours
 * true, sites sit above every area, and the plan's arrows (mouse-transparent) above the sites.
 */
public enum MapDepth {
    /** Filled areas: delivery zones. */
    AREAS,
    /** Heatmaps: demand below stock, in the order installed. */
    HEAT,
    /** What-if tints, e.g. the rules preview's target changes. */
    PREVIEW,
    /** The sites. */
    SITES,
    /** Arrows and lines above the sites: planned transfers. */
    FLOWS,
    /** Editing handles and transient marks. */
    TOOLS
}
