package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;

/**
 * Tiles from an online XYZ server ({@code {z}/{x}/{y}} URL template, optional {@code {s}} for
 * a/b/c sub-domains). Any tile that fails, times out or is not an image is replaced by the
 * built-in tile: no dialog, one log line per outage. After a failure the server is left alone
 * for a while so that an offline laptop does not wait for a time-out on every tile. Only tiles
 * the map asks for are fetched (no bulk prefetching, as the OpenStreetMap tile policy asks).
 */
public final class XyzTileSource implements TileSource {
    private static final System.Logger LOG = System.getLogger(XyzTileSource.class.getName());
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(4);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final BaseMapSettings settings;
    private final TileSource fallback;
    private final HttpClient client;
    private final Clock clock;
    private volatile Instant quietUntil = Instant.MIN;
    private volatile boolean failing;

    public XyzTileSource(BaseMapSettings settings, TileSource fallback) {
        this(settings, fallback, Clock.systemUTC());
    }

    XyzTileSource(BaseMapSettings settings, TileSource fallback, Clock clock) {
        if (settings.urlTemplate() == null || !settings.urlTemplate().contains("{z}")) {
            throw new IllegalArgumentException("an XYZ URL template needs {z}, {x} and {y}");
        }
        this.settings = settings;
        this.fallback = fallback;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public String diskCacheId() {
        return "xyz-" + Integer.toHexString(settings.urlTemplate().hashCode());
    }

    @Override
    public String attribution() {
        return settings.attribution() == null || settings.attribution().isBlank()
                ? URI.create(settings.urlTemplate().replaceAll("[{}]", "")).getHost()
                : settings.attribution();
    }

    @Override
    public int maxZoom() {
        return settings.maxZoom();
    }

    @Override
    public String describe() {
        return "online tiles from " + settings.urlTemplate();
    }

    /** True while the server is being left alone after a failure. */
    public boolean isFailing() {
        return failing;
    }

    @Override
    public TileImage fetch(TileKey key) throws IOException {
        if (key.z() > settings.maxZoom()) {
            TileKey ancestor = OverZoom.ancestor(key, settings.maxZoom());
            TileImage parent = fetch(ancestor);
            return new TileImage(OverZoom.enlarge(parent.image(), ancestor, key), null, parent.cacheable());
        }
        if (clock.instant().isBefore(quietUntil)) {
            return fallback.fetch(key).asStandIn();
        }
        try {
            byte[] bytes = download(key);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IOException("the answer is not a PNG or JPEG image");
            }
            if (failing) {
                failing = false;
                LOG.log(System.Logger.Level.INFO, "Online tiles reachable again: {0}", settings.urlTemplate());
            }
            return new TileImage(image, bytes, true);
        } catch (IOException | RuntimeException e) {
            quietUntil = clock.instant().plus(RETRY_AFTER);
            if (!failing) {
                failing = true;
                LOG.log(
                        System.Logger.Level.INFO,
                        "Online tiles unavailable ({0}: {1}); showing the built-in base map instead",
                        settings.urlTemplate(),
                        e.toString());
            }
            return fallback.fetch(key).asStandIn();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback.fetch(key).asStandIn();
        }
    }

    String url(TileKey key) {
        String s = String.valueOf("abc".charAt((int) ((key.x() + key.y()) % 3)));
        return settings.urlTemplate()
                .replace("{z}", Integer.toString(key.z()))
                .replace("{x}", Long.toString(key.x()))
                .replace("{y}", Long.toString(key.y()))
                .replace("{s}", s);
    }

    private byte[] download(TileKey key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(key)))
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", settings.userAgent())
                .GET()
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + request.uri());
        }
        return response.body();
    }
}
