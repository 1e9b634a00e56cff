package dev.microtower.network.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sites and SKUs of the current scenario as the window shows them, and the selected site. The
 * network module fills it after each read of the network and provides it on the workbench ({@code
 * bench.service(NetworkModel.class)}); other features read it and listen to it instead of asking
 * another feature's overlay. Used on the FX thread.
 */
public final class NetworkModel {
    private final ObservableList<Node> sites = FXCollections.observableArrayList();
    private final ObservableList<Node> sitesView = FXCollections.unmodifiableObservableList(sites);
    private final ObservableList<Sku> skus = FXCollections.observableArrayList();
    private final ObservableList<Sku> skusView = FXCollections.unmodifiableObservableList(skus);
    private final ObjectProperty<Node> selected = new SimpleObjectProperty<>(this, "selected");
    private Map<NodeCode, Node> byCode = Map.of();
    private Map<SkuCode, Sku> catalogue = Map.of();

    /** Replaces the network; a selected site that is still there stays selected, as it now is. */
    public void set(List<Node> newSites, List<Sku> newSkus) {
        byCode = newSites.stream().collect(Collectors.toUnmodifiableMap(Node::code, Function.identity(), (a, b) -> a));
        catalogue = newSkus.stream().collect(Collectors.toUnmodifiableMap(Sku::code, Function.identity(), (a, b) -> a));
        Node was = selected.get();
        sites.setAll(newSites);
        skus.setAll(newSkus);
        selected.set(was == null ? null : byCode.get(was.code()));
    }

    public ObservableList<Node> sites() {
        return sitesView;
    }

    public ObservableList<Sku> skus() {
        return skusView;
    }

    public Optional<Node> site(NodeCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Sku> sku(SkuCode code) {
        return Optional.ofNullable(catalogue.get(code));
    }

    /** Every SKU by code. */
    public Map<SkuCode, Sku> catalogue() {
        return catalogue;
    }

    /** The selected site, or {@code null}. */
    public ObjectProperty<Node> selectedProperty() {
        return selected;
    }
}
