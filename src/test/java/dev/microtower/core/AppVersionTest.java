package dev.microtower.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppVersionTest {
    @Test
    void theVersionIsTheMavenProjectsVersion() throws Exception {
        // the project's own version: the first <version> after the project's artifactId
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher project = Pattern.compile("<artifactId>microtower</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(project.find(), "pom.xml states the project's version");

        assertEquals(project.group(1), AppVersion.current());
        assertTrue(AppVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), AppVersion.current());
    }
}
