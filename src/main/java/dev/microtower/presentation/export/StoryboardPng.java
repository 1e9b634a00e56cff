package dev.microtower.presentation.export;

import dev.microtower.core.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A storyboard as PNG files, one per view: the presentation screen as it was shown. Any thread. */
public final class StoryboardPng {
    private StoryboardPng() {}

    /** Writes {@code 01-title.png}, {@code 02-title.png}, … into {@code folder}; returns the files. */
    public static List<Path> write(List<Shot> shots, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < shots.size(); i++) {
                Shot shot = shots.get(i);
                Path file = folder.resolve(String.format(Locale.ROOT, "%02d-%s.png", i + 1, slug(shot.title())));
                AtomicFiles.replace(file, f -> {
                    if (!ImageIO.write(shot.screen(), "png", f.toFile())) {
                        throw new IOException("no PNG writer available");
                    }
                });
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The title in lower case letters, digits and dashes, for a file name any system takes. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        s = s.length() > 40 ? s.substring(0, 40) : s;
        return s.isEmpty() ? "view" : s;
    }
}
