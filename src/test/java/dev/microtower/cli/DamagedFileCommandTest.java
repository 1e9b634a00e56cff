package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.store.Database;
import dev.microtower.testing.DamagedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file that opens cleanly but holds unreadable pages: {@code check} finds it at once and
 * names the newest backup, and a command that meets the damage later says the same, in words.
 */
class DamagedFileCommandTest {
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|org\\.h2|mvstore|SQL|SELECT|INSERT|jdbc:|\\[\\d{5}|unexpected problem");

    @TempDir
    static Path dir;

    private static Path clean;

    @BeforeAll
    static void aSmallNetworkInACompactFile() throws Exception {
        clean = DamagedFiles.compactNetwork(dir, "clean.mv.db");
    }

    @Test
    void aSoundFileIsReadInFullAndSaidToBeSound() {
        CliRun run = CliRun.of("check", "--db", clean.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("no damage found"), run.out());
        assertTrue(run.out().matches("(?s).*read [\\d,]+ rows.*"), run.out());
    }

    @Test
    void damagedPagesThatOpeningMissesAreFoundByCheckWhichNamesTheNewestBackup() throws Exception {
        Path damaged = damagedCopy("damaged");
        Path backup = Files.copy(clean, dir.resolve("damaged.backup-before-schema-5-20261201-1200.mv.db"));
        try (Database opens = Database.open(damaged)) {
            // the damage is where opening does not look: this is the case the check is for
            assertTrue(opens.file().equals(damaged));
        }

        CliRun run = CliRun.of("check", "--db", damaged.toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("the database file " + damaged + " is damaged"), run.err());
        assertTrue(run.err().contains("The last backup is " + backup), run.err());
        assertFalse(INTERNALS.matcher(run.err()).find(), run.err());
    }

    @Test
    void anExportThatMeetsDamagedPagesSaysTheFileIsDamagedNotThatSomethingUnexpectedHappened() throws Exception {
        Path damaged = damagedCopy("export-from");

        CliRun run = CliRun.of(
                "export", "--db", damaged.toString(), dir.resolve("exported").toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("is damaged and cannot be read"), run.err());
        assertFalse(INTERNALS.matcher(run.err()).find(), run.err());
    }

    /** A copy of the clean file with 1 KiB inverted at every tenth of its length from 20 % to 70 %. */
    private static Path damagedCopy(String name) throws Exception {
        Path copy = Files.copy(clean, dir.resolve(name + ".mv.db"));
        DamagedFiles.damage(copy);
        return copy;
    }
}
