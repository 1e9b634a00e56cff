package dev.microtower.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a workbook before the XLSX reader does, since that reader holds the shared strings in
 * memory and a hostile file could exhaust it: each part's real uncompressed size (counted while
 * inflating, not taken from the zip's own claim) and its compression ratio, the longest text in
 * it, the content types, and any document type declaration, which a workbook never needs and
 * which carries entity expansion ("billion laughs") and external entities (XXE). Returns the
 * problem in a planner's words, or {@code null} if the workbook may be read.
 */
final class XlsxGuard {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String SPREADSHEET = "spreadsheetml";

    private XlsxGuard() {}

    static String problemWith(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry(CONTENT_TYPES);
            if (types == null) {
                return "is not an Excel workbook (it has no content types; damaged, or another kind of file?)";
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Scan scan = scan(zip, entry);
                if (scan.problem != null) {
                    return scan.problem;
                }
                total += scan.bytes;
                if (total > Limits.XLSX_TOTAL_BYTES) {
                    return "unpacks to more than " + mb(Limits.XLSX_TOTAL_BYTES) + "; split it or import CSV files";
                }
                if (entry.getName().equals(CONTENT_TYPES) && !scan.mentionsSpreadsheet) {
                    return "is not an Excel workbook (its content types name no spreadsheet)";
                }
            }
            return null;
        } catch (ZipException e) {
            return "is not an Excel workbook, or the file is damaged (it cannot be unpacked)";
        } catch (IOException e) {
            return "cannot be read (damaged, or still being written?)";
        }
    }

    private record Scan(long bytes, boolean mentionsSpreadsheet, String problem) {}

    private static Scan scan(ZipFile zip, ZipEntry entry) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long bytes = 0;
        long run = 0; // characters since the last '<': the longest text between tags
        boolean spreadsheet = false;
        byte[] start = new byte[0];
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (start.length < 4096) {
                    byte[] more = new byte[Math.min(4096, start.length + n)];
                    System.arraycopy(start, 0, more, 0, start.length);
                    System.arraycopy(buffer, 0, more, start.length, more.length - start.length);
                    start = more;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '<') {
                        run = 0;
                    } else if (++run > 4L * Limits.FIELD_CHARACTERS) {
                        return new Scan(
                                bytes,
                                false,
                                "holds a text longer than " + Limits.FIELD_CHARACTERS + " characters in " + part(entry)
                                        + "; no cell may be that long");
                    }
                }
                bytes += n;
                if (bytes > Limits.XLSX_PART_BYTES) {
                    return new Scan(
                            bytes,
                            false,
                            part(entry) + " unpacks to more than " + mb(Limits.XLSX_PART_BYTES)
                                    + "; split the workbook or import CSV files");
                }
                if (bytes > 1024 * 1024 && bytes / compressed > Limits.XLSX_COMPRESSION_RATIO) {
                    return new Scan(
                            bytes,
                            false,
                            "is compressed more than " + Limits.XLSX_COMPRESSION_RATIO + " to 1 in " + part(entry)
                                    + ", which no real workbook is; refused for safety");
                }
            }
        }
        String head = new String(start, StandardCharsets.UTF_8);
        if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
            return new Scan(
                    bytes,
                    false,
                    "declares a document type in " + part(entry)
                            + ", which a workbook never needs (it can expand entities or read other files); refused for safety");
        }
        spreadsheet = head.contains(SPREADSHEET) || entry.getName().equals(CONTENT_TYPES) && bytes > 4096;
        return new Scan(bytes, spreadsheet, null);
    }

    private static String part(ZipEntry entry) {
        String name = entry.getName();
        if (name.startsWith("xl/worksheets/")) {
            return "a sheet";
        }
        if (name.equals("xl/sharedStrings.xml")) {
            return "its shared text";
        }
        return "its part " + name;
    }

    private static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
