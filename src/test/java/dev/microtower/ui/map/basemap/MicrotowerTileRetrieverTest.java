package dev.microtower.ui.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class MicrotowerTileRetrieverTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        // keep the shared instance's disk cache out of the user's home
        System.setProperty(
                BaseMapTiles.CACHE_PROPERTY,
                java.nio.file.Files.createTempDirectory("microtower-tiles").toString());
        FxToolkit.registerPrimaryStage(); // headless Monocle, see the surefire argLine
    }

    @Test
    void gluonMapsFindsOurRetrieverInsteadOfItsOpenStreetMapDownloader() {
        assertInstanceOf(
                MicrotowerTileRetriever.class,
                TileRetrieverProvider.getInstance().load());
    }

    @Test
    void theRetrieverDeliversBuiltInTilesAsJavaFxImages() throws Exception {
        TileKey bay = TileKey.containing(10, 37.70, -122.31);
        Image image = new MicrotowerTileRetriever()
                .loadTile(bay.z(), bay.x(), bay.y())
                .get(30, TimeUnit.SECONDS);
        assertEquals(256, image.getWidth());
        double[] px = bay.pixelOf(37.70, -122.31);
        int argb = image.getPixelReader().getArgb((int) px[0], (int) px[1]);
        assertEquals(BuiltInRenderer.WATER.getRGB(), argb);
    }
}
