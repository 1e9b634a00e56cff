package dev.microtower.importexport;

/**
 * Keeps spreadsheet programs from executing text cells: on export a text that begins with {@code
 * = + - @}, tab or carriage return gets a leading apostrophe; on import one leading apostrophe
 * before such a character is removed. Texts that already begin with apostrophes before such a
 * character get one more on export, so every text round-trips unchanged.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    public static String protect(String text) {
        return text != null && needsGuard(text) ? "'" + text : text;
    }

    public static String unprotect(String text) {
        return text != null && text.startsWith("'") && needsGuard(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
