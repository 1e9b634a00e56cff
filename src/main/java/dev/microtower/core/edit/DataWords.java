package dev.microtower.core.edit;

import dev.microtower.core.DataKind;
import java.util.List;
import java.util.Set;

/** The kinds of data in a logistics manager's words, for messages about edits. */
public final class DataWords {
    private DataWords() {}

    /** "the allocation rules", "the sites", ... */
    public static String of(DataKind kind) {
        return switch (kind) {
            case NETWORK -> "the sites";
            case STOCK -> "the stock";
            case ORDERS -> "the order history";
            case RULES -> "the allocation rules";
            case ZONES -> "the delivery zones";
            case DEMAND_MULTIPLIERS -> "the demand multipliers";
            case SUPPLY -> "the vendor supply";
            case PLANS -> "the plans";
        };
    }

    /** "the allocation rules and the stock", in the order of {@link DataKind}. */
    public static String of(Set<DataKind> kinds) {
        List<String> words = kinds.stream().sorted().map(DataWords::of).toList();
        if (words.isEmpty()) {
            return "the data";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
