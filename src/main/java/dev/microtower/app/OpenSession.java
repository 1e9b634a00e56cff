package dev.microtower.app;

import dev.microtower.compare.service.CompareService;
import dev.microtower.compare.service.NetworkKpiSource;
import dev.microtower.core.DataChange;
import dev.microtower.core.FileCheck;
import dev.microtower.core.Session;
import dev.microtower.core.kpi.KpiCatalogue;
import dev.microtower.heatmaps.store.OrderColumnsReader;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.FeatureFiles;
import dev.microtower.importexport.ImportExportService;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.TransferExport;
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.planning.service.PlanningRulesForecast;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.planning.store.jooq.JooqForecastStore;
import dev.microtower.presentation.store.jooq.JooqStoryboardRepository;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.simulation.service.FulfilmentKpiSource;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.simulation.store.jooq.JooqSiteOperationsRepository;
import dev.microtower.store.Database;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The application's {@link Session}: one open database with every store and application service on
 * it, registered by type. This is where the stores and services are put together; the command line
 * and the window both start here.
 */
public final class OpenSession implements Session {
    private final Database database;
    private final Stores stores;
    private final PlanningService planning;
    private final SimulationService simulation;
    private final Map<Class<?>, Object> byType = new HashMap<>();

    private OpenSession(Database database, Executor compute) {
        this.database = Objects.requireNonNull(database);
        this.stores = Stores.of(database);
        this.planning = new PlanningService(
                new PlanningService.Sources(
                        stores.nodes(),
                        stores.skus(),
                        stores.stock(),
                        stores.orders(),
                        stores.zones(),
                        stores.rules(),
                        stores.scenarios(),
                        new JooqForecastStore(database)),
                compute);
        register(stores.nodes());
        register(stores.skus());
        register(stores.stock());
        register(stores.orders());
        register(stores.zones());
        register(stores.rules());
        register(stores.scenarios());
        register(stores.plans());
        register(planning);
        register(new RebalancingService(planning, stores.plans(), TransferExport::write));
        register(new OrderColumnsReader(database));
        register(new PlanningRulesForecast(planning));
        register(new ScenarioService(stores));
        register(new Importer(database));
        register(new Exporter(database));
        register(new FeatureFiles(database));
        register(new ImportExportService(database));
        register(new KpiCatalogue());
        register(new JooqStoryboardRepository(database));
        register((FileCheck) database::checkUnlessKnownClean);
        CustomerLocations customers = new CustomerLocations(stores.orders(), planning);
        register(customers);
        NetworkKpiSource networkKpis = new NetworkKpiSource(
                stores.nodes(), stores.skus(), stores.stock(), stores.zones(), customers, stores.plans());
        get(KpiCatalogue.class).add(networkKpis);
        register(networkKpis);
        register(new CompareService(
                get(KpiCatalogue.class),
                stores.scenarios(),
                get(ScenarioService.class)::differences,
                networkKpis,
                planning));
        JooqSiteOperationsRepository siteOperations = new JooqSiteOperationsRepository(database);
        register(siteOperations);
        register(stores.categorySupply());
        simulation = new SimulationService(planning, siteOperations, stores.categorySupply(), stores.orders());
        register(simulation);
        get(KpiCatalogue.class).add(new FulfilmentKpiSource(simulation));
    }

    private void register(Object service) {
        byType.put(service.getClass(), service);
        for (Class<?> type : service.getClass().getInterfaces()) {
            byType.putIfAbsent(type, service);
        }
    }

    /**
     * Opens (creating and migrating if needed) the database at {@code path}; forecasts run their
     * parallel steps on the common pool (the command line has no compute lane).
     */
    public static OpenSession open(Path path) {
        return open(path, ForkJoinPool.commonPool());
    }

    /** As {@link #open(Path)}, forecasts running their parallel steps on {@code compute} (the window's compute lane). */
    public static OpenSession open(Path path, Executor compute) {
        return new OpenSession(Database.open(path), compute);
    }

    /** A session on a database opened elsewhere (tests, the command line); closing it closes the database. */
    public static OpenSession on(Database database) {
        return new OpenSession(database, ForkJoinPool.commonPool());
    }

    @Override
    public <T> T get(Class<T> type) {
        Object service = byType.get(type);
        if (service == null) {
            throw new IllegalArgumentException("this session offers no " + type.getSimpleName());
        }
        return type.cast(service);
    }

    @Override
    public void changed(DataChange change) {
        planning.changed(change);
        get(CustomerLocations.class).changed(change);
        get(NetworkKpiSource.class).changed(change);
        simulation.changed(change);
    }

    public Stores stores() {
        return stores;
    }

    public PlanningService planning() {
        return planning;
    }

    /**
     * The database itself, for the command line and the readers and writers not yet behind a store
     * (import, export); the window's features use {@link #get(Class)}.
     */
    public Database database() {
        return database;
    }

    @Override
    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
