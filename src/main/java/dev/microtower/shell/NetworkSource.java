package dev.microtower.shell;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import java.util.List;

/**
 * What the window reads about the network it shows. Every method may touch the database, so the
 * window calls them only inside background tasks.
 */
public interface NetworkSource {
    List<Node> nodes();

    List<Sku> skus();

    List<StockLevel> stockAt(NodeCode node);

    List<StockLevel> stockOf(SkuCode sku);
}
