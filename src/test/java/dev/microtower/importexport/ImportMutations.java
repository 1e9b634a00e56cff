package dev.microtower.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ways the fuzz suite damages a valid file, each driven only by the {@link Random} it is
 * given, so a case is reproduced by its seed alone. Kinds: byte flips, truncation, swapped and
 * missing columns, control characters, odd encodings, huge and lenient values; for GeoJSON deep
 * nesting and huge polygons; for XLSX far cells, huge shared strings, bad content types, entity
 * expansion, external entities and corrupt zip bytes.
 */
final class ImportMutations {
    static final String[] ODD_VALUES = {
        "1d",
        "0x1p3",
        "\u0661\u0662",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e300",
        "-1e300",
        "1e-320",
        "99999999999999999999999",
        "-0",
        "+5",
        "1_000",
        "1,5",
        " 7 ",
        "+999999999-12-31T23:59:59Z",
        "-0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2026-02-30T00:00:00Z",
        "2026-07-01T08:30:00+14:00",
        "0000-01-01T00:00:00Z",
        "=1+1",
        "'",
        "\"",
        "|",
        "||",
        "TRUE",
        "yes",
        "\uFEFFcode",
        "a\u0000b",
        "x\u0007y",
        "line\nbreak",
        "\u202Eevil",
        "\uD800",
        "\u00A0",
        "🙂",
        "NULL",
        ""
    };

    private ImportMutations() {}

    /** A CSV (text) file mutated in one of its kinds; returns the new bytes. */
    static byte[] csv(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(11)) {
            case 0 -> flipBytes(original, random);
            case 1 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
            case 2 -> utf8(swapColumns(text, random));
            case 3 -> utf8(dropColumn(text, random));
            case 4 -> utf8(replaceField(text, random, controlCharacters(random)));
            case 5 -> oddEncoding(text, random);
            case 6 -> utf8(replaceField(text, random, ODD_VALUES[random.nextInt(ODD_VALUES.length)]));
            case 7 -> utf8(replaceField(text, random, "x".repeat(1 + random.nextInt(200_000))));
            case 8 -> utf8(replaceField(text, random, hugeNumber(random)));
            case 9 -> utf8(duplicateLines(text, random));
            default ->
                utf8(replaceField(
                        text, random, ODD_VALUES[random.nextInt(ODD_VALUES.length)] + controlCharacters(random)));
        };
    }

    /** A GeoJSON file mutated; returns the new bytes. */
    static byte[] geoJson(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (random.nextInt(9)) {
            case 0 -> flipBytes(original, random);
            case 1 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
            case 2 -> utf8("[".repeat(100 + random.nextInt(20_000)) + "]".repeat(random.nextInt(100)));
            case 3 ->
                utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + "[".repeat(50) + "]".repeat(50)
                        + "}}]}");
            case 4 -> utf8(text.replaceFirst("-?\\d+\\.\\d+", random.nextBoolean() ? "1e400" : "9".repeat(5000)));
            case 5 -> utf8(text.replaceFirst("\"code\":\"[^\"]*\"", "\"code\":\"" + "z".repeat(2_000_000) + "\""));
            case 6 -> utf8(bigPolygon(random.nextInt(3) == 0 ? 100_000 : 20_001 + random.nextInt(50_000)));
            case 7 ->
                utf8(text.replaceFirst(
                        "\"code\":\"([^\"]*)\"", "\"code\":\"$1" + jsonEscaped(controlCharacters(random)) + "\""));
            default -> utf8(random.nextBoolean() ? "[" + text + "]" : "{\"wrapped\":" + text + "}");
        };
    }

    /** An XLSX workbook mutated, at the zip or at the XML level; returns the new bytes. */
    static byte[] xlsx(byte[] original, Random random) throws IOException {
        return switch (random.nextInt(10)) {
            case 0 -> flipBytes(original, random);
            case 1 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
            case 2 ->
                rewriteEntry(
                        original,
                        "xl/worksheets/sheet1.xml",
                        xml -> xml.replace(
                                "</sheetData>",
                                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>far</t></is></c></row></sheetData>"));
            case 3 ->
                rewriteEntry(
                        original,
                        "xl/sharedStrings.xml",
                        xml -> xml.replaceFirst("<t>", "<t>" + "s".repeat(1_000_001 + random.nextInt(2_000_000))));
            case 4 ->
                rewriteEntry(
                        original,
                        "[Content_Types].xml",
                        xml -> random.nextBoolean()
                                ? xml.replace("spreadsheetml", "wordprocessingml")
                                : "<?xml version=\"1.0\"?><Types");
            case 5 -> rewriteEntry(original, "xl/sharedStrings.xml", xml -> billionLaughs(xml));
            case 6 ->
                rewriteEntry(
                        original,
                        random.nextBoolean() ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml",
                        ImportMutations::xxe);
            case 7 ->
                rewriteEntry(
                        original,
                        "xl/worksheets/sheet" + (1 + random.nextInt(7)) + ".xml",
                        xml -> new String(
                                flipBytes(xml.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8));
            case 8 ->
                rewriteEntry(
                        original,
                        "xl/worksheets/sheet1.xml",
                        xml -> xml.replace(
                                "</sheetData>",
                                "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>" + controlCharacters(random)
                                        + "</t></is></c></row></sheetData>"));
            default ->
                rewriteEntry(original, "xl/workbook.xml", xml -> xml.replaceFirst("name=\"skus\"", "name=\"sk\""));
        };
    }

    static byte[] flipBytes(byte[] original, Random random) {
        byte[] copy = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String controlCharacters(Random random) {
        char[] kinds = {'\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\u001B', '\u001F', '\u007F', '\uFEFF', '\u200B'
        };
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.append(kinds[random.nextInt(kinds.length)]);
        }
        return random.nextBoolean() ? "A" + out + "B" : out.toString();
    }

    private static String hugeNumber(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "9".repeat(1 + random.nextInt(400));
            case 1 -> "1e" + random.nextInt(100_000);
            case 2 -> "-" + "9".repeat(30) + "." + "9".repeat(30);
            default -> Long.toString(random.nextLong());
        };
    }

    private static List<List<String>> split(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
        }
        return rows;
    }

    private static String join(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            lines.add(String.join(",", row));
        }
        return String.join("\n", lines);
    }

    private static String swapColumns(String text, Random random) {
        List<List<String>> rows = split(text);
        List<String> header = rows.get(0);
        if (header.size() < 2) {
            return text;
        }
        int a = random.nextInt(header.size());
        int b = random.nextInt(header.size());
        String name = header.get(a);
        header.set(a, header.get(b));
        header.set(b, name);
        return join(rows);
    }

    /** Removes one column from the header and from every row, as a file without that column. */
    private static String dropColumn(String text, Random random) {
        List<List<String>> rows = split(text);
        int column = random.nextInt(rows.get(0).size());
        for (List<String> row : rows) {
            if (row.size() > column) {
                row.remove(column);
            }
        }
        return join(rows);
    }

    private static String replaceField(String text, Random random, String value) {
        List<List<String>> rows = split(text);
        if (rows.size() < 2) {
            return text;
        }
        List<String> row = rows.get(1 + random.nextInt(rows.size() - 1));
        if (row.isEmpty()) {
            return text;
        }
        boolean quote = value.contains(",") || value.contains("\n") || value.contains("\"");
        row.set(random.nextInt(row.size()), quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        return join(rows);
    }

    private static byte[] oddEncoding(String text, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> text.replaceFirst("e", "\u00e9").getBytes(Charset.forName("windows-1252"));
            case 2 -> text.getBytes(StandardCharsets.UTF_16);
            default -> {
                // one Windows-1252 byte on a later line, as a file edited in an old program
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length);
                byte[] copy = Arrays.copyOf(bytes, bytes.length + 1);
                System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
                copy[at] = (byte) 0x96;
                yield copy;
            }
        };
    }

    private static String duplicateLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.add(at, random.nextBoolean() ? lines.get(at) : "");
        return String.join("\n", lines);
    }

    private static String bigPolygon(int vertices) {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring.append('[')
                    .append(-122.4 + 0.01 * Math.cos(angle))
                    .append(',')
                    .append(37.7 + 0.01 * Math.sin(angle))
                    .append("],");
        }
        ring.append("[").append(-122.4 + 0.01).append(",37.7]]");
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"Z-BIG\",\"node\":\"MFC-SF1\",\"sla_tier\":\"SAME_DAY\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}";
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    private static String billionLaughs(String xml) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        return dtd + xml.replaceFirst("<\\?xml[^>]*\\?>", "").replaceFirst("<t>", "<t>&lol9;");
    }

    private static String xxe(String xml) {
        return "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + xml.replaceFirst("<\\?xml[^>]*\\?>", "").replaceFirst("<t>", "<t>&xxe;");
    }

    private interface Edit {
        String apply(String xml);
    }

    /** The workbook with one entry's XML edited (or the workbook as it was if the entry is absent). */
    private static byte[] rewriteEntry(byte[] workbook, String name, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("fuzz-", ".xlsx");
        try {
            java.nio.file.Files.write(copy, workbook);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    byte[] content;
                    try (var stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (entry.getName().equals(name)) {
                        content = edit.apply(new String(content, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(copy);
        }
        return out.toByteArray();
    }
}
