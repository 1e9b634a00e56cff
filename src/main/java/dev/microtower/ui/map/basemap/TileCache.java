package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Two levels of tile cache: a small in-memory LRU of decoded images, and files on disk under
 * {@code root/<source id>/z/x/y.tile} holding the source's PNG/JPEG bytes. Disk writes go
 * through a temporary file, so a crash never leaves a half-written tile that later reads as
 * garbage; an unreadable file is deleted and counted as a miss.
 */
public final class TileCache {
    private static final System.Logger LOG = System.getLogger(TileCache.class.getName());

    private final Path root;
    private final Map<String, BufferedImage> memory;

    public TileCache(Path root, int memoryTiles) {
        this.root = root;
        this.memory = new LinkedHashMap<>(memoryTiles, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
                return size() > memoryTiles;
            }
        };
    }

    public Path root() {
        return root;
    }

    public BufferedImage fromMemory(String sourceId, TileKey key) {
        synchronized (memory) {
            return memory.get(sourceId + "/" + key);
        }
    }

    public void toMemory(String sourceId, TileKey key, BufferedImage image) {
        synchronized (memory) {
            memory.put(sourceId + "/" + key, image);
        }
    }

    public void clearMemory() {
        synchronized (memory) {
            memory.clear();
        }
    }

    public Path file(String diskCacheId, TileKey key) {
        return root.resolve(diskCacheId)
                .resolve(Integer.toString(key.z()))
                .resolve(Long.toString(key.x()))
                .resolve(key.y() + ".tile");
    }

    /** The cached image, or null on a miss. */
    public BufferedImage fromDisk(String diskCacheId, TileKey key) {
        Path file = file(diskCacheId, key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                Files.deleteIfExists(file);
            }
            return image;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "tile cache read failed for " + file + ": " + e);
            return null;
        }
    }

    /** Stores the source's own bytes, or a PNG of the image when the source had none. */
    public void toDisk(String diskCacheId, TileKey key, TileImage tile) {
        Path file = file(diskCacheId, key);
        try {
            byte[] bytes = tile.encoded() != null ? tile.encoded() : png(tile.image());
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key.y() + "-", ".part");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // A full or read-only disk only costs speed; the map still shows.
            LOG.log(System.Logger.Level.DEBUG, "tile cache write failed for " + file + ": " + e);
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
