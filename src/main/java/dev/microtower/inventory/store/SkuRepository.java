package dev.microtower.inventory.store;

import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import java.util.List;
import java.util.Optional;

/**
 * The store port for the SKU catalogue, which all scenarios share: what the application reads and
 * writes about SKUs, whatever database holds them. Each write runs in one transaction of its own.
 */
public interface SkuRepository {
    /** The whole catalogue, ordered by code. */
    List<Sku> findAll();

    Optional<Sku> find(SkuCode code);

    int count();

    /** Adds the SKU, or updates the SKU with the same code. */
    void save(Sku sku);
}
