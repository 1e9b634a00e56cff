package dev.microtower.rebalancing.store;

import dev.microtower.core.SkuCode;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Accepted transfers to a CSV file or a workbook for the warehouse. The import package, above
 * rebalancing, implements it; the plan screen finds it with {@code
 * session.get(TransferFiles.class)}.
 */
public interface TransferFiles {
    /** True when {@code file} names a workbook rather than a CSV file. */
    boolean isWorkbook(Path file);

    /** Writes {@code transfers} to {@code target}; {@code skuName} gives the name of each SKU. */
    void write(Path target, List<StoredSuggestion> transfers, Function<SkuCode, String> skuName);
}
