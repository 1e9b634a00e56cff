package dev.microtower.ui.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Zoom to network" fits the sites into the part of the map left beside a drawer that opens under
 * it afterwards (the suggestions drawer after a plan), as long as the user has not moved the view.
 */
class MapPaneFitTest {
    // Santa Rosa in the north to south of San Jose, and the coast to the east bay
    private static final List<GeoPoint> SITES =
            List.of(new GeoPoint(38.45, -122.72), new GeoPoint(37.13, -121.65), new GeoPoint(37.77, -122.51));

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void sitesFittedBeforeTheDrawerOpensStayInsideTheMapLeftBesideIt() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        MapPane map = new MapPane();
        SplitPane split = new SplitPane(map);
        split.setOrientation(Orientation.VERTICAL);
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(split, 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> map.fit(SITES));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(allInside(map), "fitted into the whole map");

        Region drawer = new Region();
        FxToolkit.setupFixture(() -> {
            split.getItems().add(drawer);
            split.setDividerPositions(0.45);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getHeight() < 400, "the drawer takes the lower part: map " + map.getHeight() + " px high");
        assertTrue(allInside(map), "every site inside the map beside the drawer");

        // the user's own view is kept when the drawer closes
        GeoPoint sf = new GeoPoint(37.77, -122.42);
        FxToolkit.setupFixture(() -> map.show(sf, 14));
        FxToolkit.setupFixture(() -> split.getItems().remove(drawer));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(allInside(map), "a view the user chose is not fitted again");
    }

    private static boolean allInside(MapPane map) {
        Viewport v = map.viewport();
        return SITES.stream().allMatch(p -> {
            double x = v.screenX(WebMercator.worldX(p.lon()));
            double y = v.screenY(WebMercator.worldY(p.lat()));
            return x >= 0 && x <= map.getWidth() && y >= 0 && y <= map.getHeight();
        });
    }
}
