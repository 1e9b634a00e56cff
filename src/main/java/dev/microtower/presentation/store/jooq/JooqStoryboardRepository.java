package dev.microtower.presentation.store.jooq;

import static dev.microtower.store.jooq.Tables.STORYBOARD;
import static dev.microtower.store.jooq.Tables.STORYBOARD_VIEW;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The {@link StoryboardRepository} on jOOQ (migration V14): a view's layers as a JSON text column,
 * its KPI tiles as comma-separated KPI ids.
 */
public final class JooqStoryboardRepository implements StoryboardRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LayerState>> LAYERS = new TypeReference<>() {};

    private final Database database;

    public JooqStoryboardRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<String> names() {
        return database.dsl()
                .select(STORYBOARD.NAME)
                .from(STORYBOARD)
                .orderBy(STORYBOARD.NAME)
                .fetch(STORYBOARD.NAME);
    }

    @Override
    public Optional<Storyboard> find(String name) {
        DSLContext dsl = database.dsl();
        Long id = idOf(dsl, name);
        if (id == null) {
            return Optional.empty();
        }
        String stored = dsl.select(STORYBOARD.NAME)
                .from(STORYBOARD)
                .where(STORYBOARD.ID.eq(id))
                .fetchOne(STORYBOARD.NAME);
        List<StoryView> views = dsl.selectFrom(STORYBOARD_VIEW)
                .where(STORYBOARD_VIEW.STORYBOARD_ID.eq(id))
                .orderBy(STORYBOARD_VIEW.VIEW_ORDER)
                .fetch()
                .map(JooqStoryboardRepository::toView);
        return Optional.of(new Storyboard(stored, views));
    }

    @Override
    public void save(Storyboard storyboard) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            Long id = idOf(dsl, storyboard.name());
            if (id == null) {
                id = dsl.insertInto(STORYBOARD)
                        .set(STORYBOARD.NAME, storyboard.name())
                        .returning(STORYBOARD.ID)
                        .fetchOne()
                        .getId();
            } else {
                dsl.deleteFrom(STORYBOARD_VIEW)
                        .where(STORYBOARD_VIEW.STORYBOARD_ID.eq(id))
                        .execute();
            }
            int order = 0;
            for (StoryView view : storyboard.views()) {
                dsl.insertInto(STORYBOARD_VIEW)
                        .set(STORYBOARD_VIEW.STORYBOARD_ID, id)
                        .set(STORYBOARD_VIEW.VIEW_ORDER, order++)
                        .set(STORYBOARD_VIEW.TITLE, view.title())
                        .set(STORYBOARD_VIEW.CAPTION, view.caption())
                        .set(STORYBOARD_VIEW.SHOWN_SCENARIO_ID, view.scenario().value())
                        .set(STORYBOARD_VIEW.CENTRE_LAT, view.centre().lat())
                        .set(STORYBOARD_VIEW.CENTRE_LON, view.centre().lon())
                        .set(STORYBOARD_VIEW.ZOOM, view.zoom())
                        .set(STORYBOARD_VIEW.LAYERS, layersJson(view.layers()))
                        .set(STORYBOARD_VIEW.SELECTED_SITE, view.selectedSite())
                        .set(STORYBOARD_VIEW.KPIS, String.join(",", view.kpis()))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void rename(String from, String to) {
        String wanted = new Storyboard(to, List.of()).name();
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            Long id = idOf(dsl, from);
            if (id == null) {
                throw new IllegalArgumentException("there is no storyboard called '" + from + "'");
            }
            Long other = idOf(dsl, wanted);
            if (other != null && !other.equals(id)) {
                throw new IllegalArgumentException("a storyboard called '" + wanted + "' exists already");
            }
            dsl.update(STORYBOARD)
                    .set(STORYBOARD.NAME, wanted)
                    .where(STORYBOARD.ID.eq(id))
                    .execute();
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.dsl()
                        .deleteFrom(STORYBOARD)
                        .where(STORYBOARD.NAME.eq(name == null ? "" : name.strip()))
                        .execute()
                > 0;
    }

    private static Long idOf(DSLContext dsl, String name) {
        return dsl.select(STORYBOARD.ID)
                .from(STORYBOARD)
                .where(STORYBOARD.NAME.eq(name == null ? "" : name.strip()))
                .fetchOne(STORYBOARD.ID);
    }

    private static StoryView toView(Record r) {
        Long scenario = r.get(STORYBOARD_VIEW.SHOWN_SCENARIO_ID);
        String kpis = r.get(STORYBOARD_VIEW.KPIS);
        return new StoryView(
                r.get(STORYBOARD_VIEW.TITLE),
                r.get(STORYBOARD_VIEW.CAPTION),
                scenario == null ? ScenarioId.BASELINE : ScenarioId.of(scenario), // its scenario was deleted
                new GeoPoint(r.get(STORYBOARD_VIEW.CENTRE_LAT), r.get(STORYBOARD_VIEW.CENTRE_LON)),
                r.get(STORYBOARD_VIEW.ZOOM),
                layers(r.get(STORYBOARD_VIEW.LAYERS)),
                r.get(STORYBOARD_VIEW.SELECTED_SITE),
                kpis == null || kpis.isBlank()
                        ? List.of()
                        : Arrays.stream(kpis.split(",")).map(String::strip).toList());
    }

    private static String layersJson(List<LayerState> layers) {
        try {
            return JSON.writeValueAsString(layers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the layers of a view", e);
        }
    }

    private static List<LayerState> layers(String json) {
        try {
            return JSON.readValue(json, LAYERS);
        } catch (JsonProcessingException e) {
            throw new DatabaseException("a storyboard view's layers cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
