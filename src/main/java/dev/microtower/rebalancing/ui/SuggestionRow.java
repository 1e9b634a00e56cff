package dev.microtower.rebalancing.ui;

import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the suggestions table: a stored suggestion with the names a planner reads (sites,
 * SKU) and the SKU's temperature class, which colours its arrow. Immutable; a decision replaces
 * the row.
 */
public record SuggestionRow(
        StoredSuggestion stored, String fromName, String toName, String skuName, TemperatureClass temperature) {
    public SuggestionRow {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(temperature, "temperature");
    }

    public long id() {
        return stored.id();
    }

    public TransferSuggestion suggestion() {
        return stored.suggestion();
    }

    public SuggestionStatus status() {
        return stored.status();
    }

    public boolean proposed() {
        return stored.status() == SuggestionStatus.PROPOSED;
    }

    /** Accepted as proposed or with an edited quantity. */
    public boolean accepted() {
        return stored.accepted();
    }

    public String statusText() {
        return stored.status().name().toLowerCase(Locale.ROOT);
    }

    public String kindText() {
        return suggestion().kind().name().toLowerCase(Locale.ROOT);
    }

    /** The same suggestion after a decision. */
    public SuggestionRow with(StoredSuggestion decided) {
        return new SuggestionRow(decided, fromName, toName, skuName, temperature);
    }

    /** Whether every word of {@code filter} occurs in one of the row's texts. */
    boolean matches(String[] words) {
        TransferSuggestion s = suggestion();
        String text = String.join(
                        " ",
                        statusText(),
                        s.from().value(),
                        fromName,
                        s.to().value(),
                        toName,
                        s.sku().value(),
                        skuName,
                        kindText(),
                        temperature.name(),
                        s.reason())
                .toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
