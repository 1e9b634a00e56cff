package dev.microtower.network.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import dev.microtower.ui.map.MapPane;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The network feature of the window: it reads the sites and SKUs of the current scenario when a
 * database opens and after the network changes, keeps them in the {@link NetworkModel} it provides
 * to the modules installed after it, draws them in the {@link SitesLayer}, shows the selected
 * site and its stock in the inspector, and finds sites and SKUs from the toolbar's search box.
 */
public final class NetworkModule implements FeatureModule {
    /** Where the map looks while there is no network: the San Francisco Bay Area. */
    private static final GeoPoint NO_NETWORK = new GeoPoint(37.6, -122.2);

    private final NetworkModel model = new NetworkModel();
    private final SitesLayer sites = new SitesLayer();
    private final SiteInspector inspector = new SiteInspector();
    private final SiteSearch search =
            new SiteSearch(this::choose, this::search, () -> sites.highlighted().clear());
    private final SiteToolsLayer tools = new SiteToolsLayer(sites);
    private SiteEditor editor;
    private Workbench bench;
    private Task<List<StockLevel>> stockRead;
    private Task<Network> networkRead;

    private record Network(List<Node> nodes, List<Sku> skus) {}

    @Override
    public void install(Workbench workbench) {
        this.bench = workbench;
        bench.provide(NetworkModel.class, model);
        sites.selectedProperty().bindBidirectional(model.selectedProperty());
        // while a feature edits on the map (drawing a zone), clicks go to it, not to the sites
        sites.mouseTransparentProperty().bind(bench.map().editingProperty());
        bench.map().addOverlay(MapDepth.SITES, sites);
        bench.map().addOverlay(MapDepth.TOOLS, tools);
        bench.addInspectorSection(inspector);
        editor = new SiteEditor(bench, model, inspector, tools);
        bench.addToolbarItems(search.field());
        MenuItem zoom = new MenuItem("Zoom to network");
        zoom.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoom.setOnAction(e -> zoomToNetwork());
        bench.addMenuItems(MenuPlace.VIEW, zoom);

        model.selectedProperty().addListener((o, was, node) -> showSite(node));
        bench.sessionProperty().addListener((o, was, now) -> read(true));
        // another scenario: its sites replace the shown ones, the map keeps its view if they are the same
        bench.scenarioProperty().addListener((o, was, now) -> read(false));
        // an import, an edit or an accepted transfer: the sites, SKUs and the selected site's stock again
        bench.changes().subscribe(Set.of(DataKind.NETWORK, DataKind.STOCK), change -> read(false));
        inspector.setNetwork(List.of());
        bench.map().show(NO_NETWORK, 9);
    }

    public SitesLayer sites() {
        return sites;
    }

    /** The add and move tools of the map. */
    public SiteToolsLayer tools() {
        return tools;
    }

    SiteEditor editor() {
        return editor;
    }

    SiteInspector inspector() {
        return inspector;
    }

    public NetworkModel model() {
        return model;
    }

    /** Reads the network of the current scenario; after opening, the window waits for it. */
    private void read(boolean opened) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            show(new Network(List.of(), List.of()), false);
            return;
        }
        NodeRepository nodes = open.get().get(NodeRepository.class);
        SkuRepository skus = open.get().get(SkuRepository.class);
        ScenarioId scenario = bench.scenario();
        Runnable release = opened ? bench.holdReady() : () -> {};
        if (networkRead != null) {
            networkRead.cancel(); // only the newest read is shown: another scenario or database came since
        }
        networkRead = bench.work()
                .io("Reading the network…", ctx -> new Network(nodes.findAll(scenario), skus.findAll()))
                .onSuccess(network -> {
                    if (!bench.stillShows(open.get(), scenario)) {
                        release.run();
                        return; // read for a scenario or database no longer shown
                    }
                    show(network, opened);
                    release.run();
                    if (opened) {
                        bench.showStatus(String.format(
                                "%,d sites · %,d SKUs · %s",
                                network.nodes().size(),
                                network.skus().size(),
                                open.get().file()));
                    }
                })
                .onFailure(failure -> {
                    release.run();
                    bench.showError("Cannot read the network", failure);
                })
                .onCancelled(release)
                .start();
    }

    private void show(Network network, boolean opened) {
        Set<NodeCode> before = sites.sites().stream().map(Node::code).collect(Collectors.toSet());
        Node selected = model.selectedProperty().get();
        model.set(network.nodes(), network.skus());
        search.setIndex(new SearchIndex(network.nodes(), network.skus()));
        sites.highlighted().clear();
        sites.setSites(network.nodes());
        inspector.setNetwork(network.nodes());
        // a new database or new sites: show them all; a changed site keeps the user's view
        Set<NodeCode> after = network.nodes().stream().map(Node::code).collect(Collectors.toSet());
        if (opened || !before.equals(after)) {
            zoomToNetwork();
        }
        if (selected != null && selected.equals(model.selectedProperty().get())) {
            showSite(selected); // unchanged, so the listener did not fire: its stock may have
        }
    }

    /** Fits the map to every site, or shows the Bay Area while there is none. */
    public void zoomToNetwork() {
        List<GeoPoint> positions = sites.positions();
        if (positions.isEmpty()) {
            bench.map().show(NO_NETWORK, 9);
        } else {
            bench.map().fit(positions);
        }
    }

    private void showSite(Node node) {
        inspector.show(node);
        if (stockRead != null) {
            stockRead.cancel(); // the user moved on: only the newest site's stock is shown
        }
        Optional<Session> open = bench.session();
        if (node == null || open.isEmpty()) {
            return;
        }
        StockRepository stocks = open.get().get(StockRepository.class);
        ScenarioId scenario = bench.scenario();
        stockRead = bench.work()
                .io("Reading stock of " + node.code() + "…", ctx -> stocks.findAtNode(scenario, node.code()))
                .onSuccess(levels -> {
                    if (bench.stillShows(open.get(), scenario)) { // not read for a scenario the window left meanwhile
                        inspector.showStock(node, levels, model.catalogue());
                    }
                })
                .onFailure(failure -> bench.showError("Cannot read the stock of " + node.code(), failure))
                .start();
    }

    /** Selects a site and centres the map on it. */
    public void select(NodeCode code) {
        model.site(code).ifPresent(node -> {
            model.selectedProperty().set(node);
            MapPane map = bench.map();
            map.show(node.location(), Math.max(map.viewport().zoom(), 14));
        });
    }

    /** Acts on what the search box holds: the best match is selected and shown. */
    public void search(String text) {
        List<SearchIndex.Hit> hits = search.index().find(text, 1);
        if (hits.isEmpty()) {
            bench.showStatus("Nothing found for \"" + text.strip() + "\"");
            return;
        }
        choose(hits.get(0));
    }

    private void choose(SearchIndex.Hit hit) {
        if (hit.kind() == SearchIndex.Kind.SITE) {
            sites.highlighted().clear();
            select(NodeCode.of(hit.code()));
            return;
        }
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        StockRepository stocks = open.get().get(StockRepository.class);
        ScenarioId scenario = bench.scenario();
        SkuCode sku = SkuCode.of(hit.code());
        bench.work()
                .io("Finding sites that stock " + sku + "…", ctx -> stocks.findOfSku(scenario, sku))
                .onSuccess(levels -> {
                    if (bench.stillShows(
                            open.get(), scenario)) { // not the sites of a scenario the window left meanwhile
                        highlight(sku, hit.name(), levels);
                    }
                })
                .onFailure(failure -> bench.showError("Cannot find the sites of " + sku, failure))
                .start();
    }

    private void highlight(SkuCode sku, String name, List<StockLevel> levels) {
        List<NodeCode> holders = levels.stream()
                .filter(level -> level.onHand() + level.inTransit() > 0)
                .map(StockLevel::node)
                .toList();
        sites.highlighted().clear();
        sites.highlighted().addAll(holders);
        bench.map()
                .fit(holders.stream()
                        .map(model::site)
                        .flatMap(Optional::stream)
                        .map(Node::location)
                        .toList());
        bench.showStatus(sku + " " + name + " is stocked at " + holders.size() + " sites");
    }
}
