package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/file-formats.md shows the columns the code reads and writes. Run with
 * {@code -Dformats.write=true} to rewrite the generated part after changing a layout.
 */
class FileFormatsDocTest {
    private static final Path DOC = Path.of("docs", "file-formats.md");

    @Test
    void theDocumentedColumnsAreTheColumnsOfTheLayouts() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(FormatDoc.BEGIN);
        int end = doc.indexOf(FormatDoc.END);
        assertTrue(begin >= 0 && end > begin, "docs/file-formats.md needs the markers of the generated tables");
        String documented = doc.substring(begin + FormatDoc.BEGIN.length() + 1, end);
        String generated = "\n" + FormatDoc.markdown();
        if (Boolean.getBoolean("formats.write")) {
            Files.writeString(
                    DOC, doc.substring(0, begin + FormatDoc.BEGIN.length() + 1) + generated + doc.substring(end));
            return;
        }
        assertEquals(generated, documented, "regenerate with -Dformats.write=true");
    }

    @Test
    void everyLayoutAppearsInTheSummaryTable() throws IOException {
        String doc = Files.readString(DOC);
        for (Layout layout : Layouts.ALL) {
            assertTrue(doc.contains("`" + layout.sheet()), layout.fileName() + " is described");
        }
    }
}
