package dev.microtower.design.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.design.DesignInstances;
import dev.microtower.design.domain.DesignProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrLibraryFormatTest {
    @TempDir
    Path dir;

    /** Two sites, three customers; the costs wrap over lines and use "7500." and ".5" as the published files do. */
    static final String SMALL =
            """
             2 3
             5000 7500.
             4000 0.
             146
             6739.725
             10355.05
             87 3204.8625 .5
             0
             1 2
            """;

    DesignProblem read(String text) throws Exception {
        Path file = dir.resolve("small.txt");
        Files.writeString(file, text);
        return OrLibraryFormat.read(file, OptionalDouble.empty());
    }

    String refused(String text) {
        return assertThrows(InstanceFileException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsSitesThenCustomersWithCostsWrappedOverLines() throws Exception {
        DesignProblem p = read(SMALL);
        assertEquals(2, p.siteCount());
        assertEquals(3, p.customerCount());
        assertEquals(5000, p.sites().get(0).capacity());
        assertEquals(7500, p.sites().get(0).fixedCost());
        assertEquals(0, p.sites().get(1).fixedCost());
        assertEquals(146, p.demand(0));
        assertEquals(10355.05, p.cost(1, 0));
        assertEquals(87, p.demand(1));
        assertEquals(0.5, p.cost(1, 1));
        assertEquals(0, p.demand(2));
        assertEquals(2, p.cost(1, 2));
    }

    @Test
    void theWordCapacityTakesTheCapacityGivenAndIsRefusedWithoutIt() throws Exception {
        String text = SMALL.replace("5000 7500.", "capacity 7500.").replace("4000 0.", "capacity 0.");
        Path file = dir.resolve("capa.txt");
        Files.writeString(file, text);
        DesignProblem p = OrLibraryFormat.read(file, OptionalDouble.of(8000));
        assertEquals(8000, p.sites().get(1).capacity());
        String message = assertThrows(
                        InstanceFileException.class, () -> OrLibraryFormat.read(file, OptionalDouble.empty()))
                .getMessage();
        assertEquals(
                "capa.txt line 2, field 1: capacity of site 1 is written as the word 'capacity': this file leaves the"
                        + " capacity to the solver; give it with --capacity",
                message);
    }

    @Test
    void aWordWhereANumberBelongsIsNamedWithItsLineAndField() {
        assertEquals(
                "small.txt line 7, field 2: cost of serving customer 2 from site 1: '3204,8625' is not a number",
                refused(SMALL.replace("3204.8625", "3204,8625")));
    }

    /** Each row: the text replaced in SMALL, its replacement, the message expected. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                     87 | -87 | small.txt line 7, field 1: demand of customer 2 must not be negative: -87
                     1 2 | 1 | small.txt ends at line 9 where cost of serving customer 3 from site 2 was expected
                     1 2 | 1 2 9 | small.txt line 9, field 3: unexpected '9' after the last of the 3 customers the first line announces
                     2 3 | 2.5 3 | small.txt line 1, field 1: the number of sites: '2.5' is not a whole number
                    """)
    void aNegativeDemandAFileThatEndsEarlyDataAfterTheLastCustomerAndAFractionalCountAreRefused(
            String text, String replacement, String expected) {
        String ending = SMALL.contains(" " + text + "\n") ? "\n" : " ";
        assertEquals(expected, refused(SMALL.replace(" " + text + ending, " " + replacement + ending)));
    }

    @Test
    void aMissingFileAndABinaryFileAreToldInWords() throws Exception {
        Path missing = dir.resolve("nope.txt");
        assertEquals(
                missing + ": no such file",
                assertThrows(InstanceFileException.class, () -> OrLibraryFormat.read(missing, OptionalDouble.empty()))
                        .getMessage());
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 1, 2});
        String message = assertThrows(
                        InstanceFileException.class, () -> OrLibraryFormat.read(binary, OptionalDouble.empty()))
                .getMessage();
        assertTrue(message.startsWith(binary + ": not a text file"), message);
    }

    @Test
    void whatIsWrittenReadsBackToTheSameNumbers() {
        DesignProblem p = DesignInstances.orLibraryLike(16, 50, 5_000, 7_500, 4);
        Path file = dir.resolve("g.txt");
        OrLibraryFormat.write(p, file);
        DesignProblem back = OrLibraryFormat.read(file, OptionalDouble.empty());
        assertEquals(p.sites(), back.sites());
        for (int j = 0; j < p.customerCount(); j++) {
            assertEquals(p.demand(j), back.demand(j));
            for (int i = 0; i < p.siteCount(); i++) {
                assertEquals(p.cost(i, j), back.cost(i, j));
            }
        }
        assertEquals(List.of(" 16 50"), List.of(readFirstLine(file)));
    }

    private static String readFirstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
