import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Checks that a PNG the installed application rendered shows the map, not a blank or broken
 * window: each colour named on the command line must cover at least its number of pixels
 * (exactly that colour, so anti-aliased edges do not count). A single-file program run by the
 * JDK's {@code java}; the smoke test uses it on {@code microtower snapshot}'s output.
 *
 * <p>Usage: {@code java CheckSnapshot.java view.png land=F3F1EB:100000 active-site=0F9D76:200 ...}
 */
public final class CheckSnapshot {
    private CheckSnapshot() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CheckSnapshot FILE.png NAME=RRGGBB:MIN_PIXELS ...");
            System.exit(2);
        }
        BufferedImage image = ImageIO.read(new File(args[0]));
        if (image == null) {
            fail(args[0] + " is not a PNG image");
        }
        Map<String, int[]> wanted = new LinkedHashMap<>(); // name -> {rgb, minimum, found}
        for (int i = 1; i < args.length; i++) {
            String[] nameAndRest = args[i].split("=", 2);
            String[] colourAndMin = nameAndRest[1].split(":", 2);
            wanted.put(nameAndRest[0], new int[] {Integer.parseInt(colourAndMin[0], 16), Integer.parseInt(colourAndMin[1]), 0});
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                for (int[] colour : wanted.values()) {
                    if (colour[0] == rgb) {
                        colour[2]++;
                    }
                }
            }
        }
        boolean ok = true;
        for (Map.Entry<String, int[]> e : wanted.entrySet()) {
            int[] c = e.getValue();
            boolean enough = c[2] >= c[1];
            ok &= enough;
            System.out.printf("%s #%06X: %,d pixels (at least %,d) %s%n", e.getKey(), c[0], c[2], c[1], enough ? "ok" : "MISSING");
        }
        if (!ok) {
            fail(args[0] + " (" + image.getWidth() + " x " + image.getHeight() + ") lacks colours the map must show");
        }
    }

    private static void fail(String message) {
        System.err.println("CheckSnapshot: " + message);
        System.exit(1);
    }
}
