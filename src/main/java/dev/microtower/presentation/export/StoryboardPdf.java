package dev.microtower.presentation.export;

import dev.microtower.core.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A storyboard as a PDF with Apache PDFBox: one landscape A4 page per view, the map on the left
 * with a scale bar under it, the title and caption above, the KPI tiles and the legend on the right
 * and the map data's attribution at the foot. The words are text, not pixels, so they can be
 * searched and copied. Toolkit-free; may run on any thread.
 */
public final class StoryboardPdf {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIDE = 210; // the right column: tiles and legend
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color BETTER = new Color(0x0f, 0x7a, 0x5c);
    private static final Color WORSE = new Color(0xc0, 0x39, 0x2b);

    private StoryboardPdf() {}

    /** Writes one page per shot to {@code file}, replacing it whole or leaving it as it was. */
    public static void write(String storyboard, List<Shot> shots, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.replace(file, f -> {
                try (PDDocument pdf = new PDDocument()) {
                    pdf.getDocumentInformation().setTitle(storyboard);
                    pdf.getDocumentInformation().setCreator("Microtower");
                    Fonts fonts = new Fonts(
                            new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                            new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
                    for (int i = 0; i < shots.size(); i++) {
                        page(pdf, fonts, shots.get(i), i + 1, shots.size(), storyboard);
                    }
                    pdf.save(f.toFile());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private record Fonts(PDFont regular, PDFont bold) {}

    private static void page(PDDocument pdf, Fonts fonts, Shot shot, int number, int pages, String storyboard)
            throws IOException {
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        float width = PAGE.getWidth(), height = PAGE.getHeight();
        try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
            float y = height - MARGIN;
            y = text(out, fonts.regular(), 10, MUTED, MARGIN, y, shot.scenario(), width - 2 * MARGIN);
            y = text(out, fonts.bold(), 20, INK, MARGIN, y - 4, shot.title(), width - 2 * MARGIN);
            if (!shot.caption().isEmpty()) {
                y = text(out, fonts.regular(), 11, INK, MARGIN, y - 2, shot.caption(), width - 2 * MARGIN);
            }
            float top = y - 10;
            float footer = MARGIN + 14;
            // the map, scaled to the room left of the column and above the scale bar
            float roomW = width - 2 * MARGIN - SIDE - 14, roomH = top - footer - 26;
            PDImageXObject map = LosslessFactory.createFromImage(pdf, shot.map());
            float scale = Math.min(roomW / map.getWidth(), roomH / map.getHeight());
            float mapW = map.getWidth() * scale, mapH = map.getHeight() * scale;
            float mapY = top - mapH;
            out.drawImage(map, MARGIN, mapY, mapW, mapH);
            out.setStrokingColor(MUTED);
            out.addRect(MARGIN, mapY, mapW, mapH);
            out.stroke();
            // scale bar: the same ground distance as on screen, at the page's scale
            float bar = (float) (shot.scalePixels() * scale);
            float barY = mapY - 14;
            out.setStrokingColor(INK);
            out.setLineWidth(2);
            out.moveTo(MARGIN, barY);
            out.lineTo(MARGIN + bar, barY);
            out.moveTo(MARGIN, barY - 3);
            out.lineTo(MARGIN, barY + 3);
            out.moveTo(MARGIN + bar, barY - 3);
            out.lineTo(MARGIN + bar, barY + 3);
            out.stroke();
            out.setLineWidth(1);
            text(out, fonts.regular(), 9, INK, MARGIN + bar + 6, barY + 3, shot.scaleText(), 120);

            float x = width - MARGIN - SIDE;
            float cy = top;
            if (!shot.tiles().isEmpty()) {
                cy = text(out, fonts.bold(), 11, INK, x, cy, "Key figures", SIDE);
                for (Shot.Tile tile : shot.tiles()) {
                    cy = text(out, fonts.bold(), 15, INK, x, cy - 4, tile.value(), SIDE);
                    cy = text(out, fonts.regular(), 9, MUTED, x, cy, tile.title(), SIDE);
                    if (!tile.change().isEmpty()) {
                        Color c = tile.judgement() > 0 ? BETTER : tile.judgement() < 0 ? WORSE : MUTED;
                        cy = text(out, fonts.regular(), 9, c, x, cy, tile.change(), SIDE);
                    }
                }
                cy -= 10;
            }
            if (!shot.legend().isEmpty()) {
                cy = text(out, fonts.bold(), 11, INK, x, cy, "Legend", SIDE);
                String layer = null;
                for (Shot.LegendLine line : shot.legend()) {
                    if (cy < footer + 24) {
                        cy = text(out, fonts.regular(), 8, MUTED, x, cy, "…", SIDE);
                        break;
                    }
                    if (!line.layer().equals(layer)) {
                        layer = line.layer();
                        cy = text(out, fonts.bold(), 8, MUTED, x, cy - 3, layer, SIDE);
                    }
                    float lineTop = cy;
                    if (line.symbol() != null) {
                        PDImageXObject symbol = LosslessFactory.createFromImage(pdf, line.symbol());
                        float s = 10f / Math.max(1, Math.max(symbol.getWidth(), symbol.getHeight()));
                        out.drawImage(symbol, x, lineTop - 10, symbol.getWidth() * s, symbol.getHeight() * s);
                    }
                    cy = text(out, fonts.regular(), 8, INK, x + 16, lineTop, line.label(), SIDE - 16);
                }
            }
            text(
                    out,
                    fonts.regular(),
                    7,
                    MUTED,
                    MARGIN,
                    MARGIN + 8,
                    "Map data: " + shot.attribution(),
                    width - 2 * MARGIN - 80);
            String folio = storyboard + " · " + number + " / " + pages;
            float folioWidth = fonts.regular().getStringWidth(printable(fonts.regular(), folio)) / 1000 * 7;
            text(out, fonts.regular(), 7, MUTED, width - MARGIN - folioWidth, MARGIN + 8, folio, folioWidth + 1);
        }
    }

    /** Writes {@code text} wrapped to {@code maxWidth} from the top line at {@code y}; returns the y under it. */
    private static float text(
            PDPageContentStream out,
            PDFont font,
            float size,
            Color colour,
            float x,
            float y,
            String text,
            float maxWidth)
            throws IOException {
        float leading = size * 1.25f;
        out.setNonStrokingColor(colour);
        for (String line : wrap(font, size, printable(font, text), maxWidth)) {
            y -= leading;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y + leading - size);
            out.showText(line);
            out.endText();
        }
        return y;
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} with what the standard fonts cannot show replaced: the arrows and signs of the
     * window's words by their plain spelling, anything else by "?".
     */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s =
                    switch (c) {
                        case '→' -> "->";
                        case '≈' -> "~";
                        case 'Δ' -> "change ";
                        case '−' -> "-";
                        case '\n', '\t', '\r' -> " ";
                        default -> new String(Character.toChars(c));
                    };
            for (int i = 0; i < s.length(); i++) {
                String one = s.substring(i, i + 1);
                out.append(encodable(font, one) ? one : "?");
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
