package dev.microtower.rebalancing.service;

import dev.microtower.core.SkuCode;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Writes decided transfers to a file for a warehouse system or a spreadsheet. Declared here and
 * implemented by the import and export feature, which sits above rebalancing, so that the Plan
 * workflow can export without depending on it.
 */
@FunctionalInterface
public interface TransferWriter {
    /** Writes {@code transfers} to {@code target}; {@code skuName} gives the name of each SKU. */
    void write(Path target, List<StoredSuggestion> transfers, Function<SkuCode, String> skuName);
}
