package dev.microtower.importexport;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a CSV file the way docs/file-formats.md promises: UTF-8 with or without BOM (anything
 * else is refused, not guessed), comma or semicolon detected from the header line, quoted fields
 * with separators and newlines, optional gzip. Lines longer than {@link #MAX_LINE} characters are
 * refused, so a binary or wrongly split file cannot exhaust memory.
 */
final class CsvTableReader implements TableReader {
    static final int MAX_LINE = 1 << 20;

    private final String fileName;
    private final long size;
    private final CountingStream counting;
    private final InputStream raw;
    private BufferedReader text;
    private CsvReader<CsvRecord> csv;
    private Iterator<CsvRecord> records;
    private long line;
    private List<String> header;
    private boolean opened;

    CsvTableReader(String fileName, InputStream input, long size) {
        this.fileName = fileName;
        this.size = size;
        this.counting = new CountingStream(input);
        this.raw = counting;
    }

    @Override
    public String where(long atLine) {
        return fileName + " line " + atLine;
    }

    @Override
    public String name() {
        return fileName;
    }

    @Override
    public List<String> header() throws TableReadException {
        if (!opened) {
            open();
            String[] first = next();
            header = first == null ? null : List.of(first);
        }
        return header;
    }

    private void open() throws TableReadException {
        opened = true;
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (fileName.endsWith(".gz")) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            in.mark(4);
            byte[] bom = in.readNBytes(3);
            boolean utf8Bom =
                    bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF;
            boolean utf16 = bom.length >= 2
                    && (((bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF)
                            || ((bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE));
            if (utf16) {
                throw new TableReadException(fileName, "the file is UTF-16 text; save it as UTF-8");
            }
            if (!utf8Bom) {
                in.reset();
            }
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    // replaced, then found in the row that holds it: reporting at the decoder would
                    // name the line where its 64 KB read-ahead began, not the line of the byte
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            text = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            char separator = detectSeparator();
            csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowUnclosedQuote(false)
                    .maxBufferSize(MAX_LINE)
                    .ofCsvRecord(text);
            records = csv.iterator();
        } catch (ZipException e) {
            throw new TableReadException(fileName, "the file is not gzip-compressed although its name ends in .gz");
        } catch (CharacterCodingException e) {
            throw notUtf8(1);
        } catch (java.io.EOFException e) {
            throw new TableReadException(fileName, "the gzip data is cut short");
        } catch (IOException e) {
            throw new TableReadException(fileName, "cannot read the file (damaged, or still being written?)");
        }
    }

    /** A semicolon file has more semicolons than commas outside quotes in its header line. */
    private char detectSeparator() throws IOException {
        text.mark(MAX_LINE + 1);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < MAX_LINE; i++) {
            int c = text.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public String[] next() throws TableReadException {
        if (!opened) {
            header();
        }
        if (records == null) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            line = record.getStartingLineNumber();
            if (record.getFieldCount() > Limits.COLUMNS) {
                records = null;
                throw new TableReadException(
                        where(line), "has more than " + Limits.COLUMNS + " fields; is this really a CSV file?");
            }
            String[] fields = record.getFields().toArray(new String[0]);
            for (String field : fields) {
                int bad = field.indexOf('\uFFFD');
                if (bad >= 0) {
                    records = null;
                    throw notUtf8(line
                            + field.substring(0, bad)
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count());
                }
            }
            return fields;
        } catch (CsvParseException e) {
            records = null;
            throw parseProblem(e);
        } catch (UncheckedIOException e) {
            records = null;
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(line + 1);
            }
            if (e.getCause() instanceof ZipException || e.getCause() instanceof java.io.EOFException) {
                throw new TableReadException(fileName, "the gzip data is damaged or cut short");
            }
            throw new TableReadException(fileName, "cannot read the file (damaged, or still being written?)");
        }
    }

    private TableReadException parseProblem(CsvParseException e) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (cause instanceof CharacterCodingException) {
            return notUtf8(line + 1);
        }
        if (cause instanceof UncheckedIOException io && io.getCause() instanceof CharacterCodingException) {
            return notUtf8(line + 1);
        }
        if (message.contains("buffer size")
                || (cause != null && String.valueOf(cause.getMessage()).contains("buffer size"))) {
            return new TableReadException(
                    where(line + 1),
                    "a line or field is longer than " + MAX_LINE + " characters (is this really a CSV file?)");
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("quote")
                || (cause != null
                        && String.valueOf(cause.getMessage())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains("quote"))) {
            return new TableReadException(
                    where(line + 1),
                    "a quoted field is never closed (a \" is missing); the rest of the file was not read");
        }
        return new TableReadException(
                where(line + 1), "cannot be read as CSV from here on (a damaged file?); the rest was not read");
    }

    private TableReadException notUtf8(long atLine) {
        return new TableReadException(
                where(atLine), "the file is not UTF-8 text (wrong encoding?); save it as CSV UTF-8 and import again");
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public long consumed() {
        return counting.count;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
            raw.close();
        } catch (IOException | UncheckedIOException ignored) {
            // closing after a read failure: the failure itself has been reported
        }
    }

    /** Counts the bytes read from the file, before decompression, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
