package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.AppVersion;
import org.junit.jupiter.api.Test;

class VersionOptionTest {
    @Test
    void versionOptionPrintsTheBuildsVersionAndExitsZero() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exit(), run.err());
        assertEquals("Microtower " + AppVersion.current(), run.out().strip());
    }
}
