package dev.microtower.zones.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A change of delivery zones as the zones it touched before and after (a generate or an import
 * touches all of them): applying makes the zones before into those after in one transaction,
 * reverting puts back exactly those before. Toolkit-free.
 */
final class ZoneEdit implements EditCommand {
    private final ScenarioId scenario;
    private final ZoneRepository zones;
    private final String description;
    private final List<DeliveryZone> before;
    private final List<DeliveryZone> after;

    ZoneEdit(
            ScenarioId scenario,
            ZoneRepository zones,
            String description,
            List<DeliveryZone> before,
            List<DeliveryZone> after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.zones = Objects.requireNonNull(zones);
        this.description = Objects.requireNonNull(description);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return Set.of(DataKind.ZONES);
    }

    @Override
    public void apply() {
        change(before, after);
    }

    @Override
    public void revert() {
        change(after, before);
    }

    private void change(List<DeliveryZone> from, List<DeliveryZone> to) {
        Set<ZoneCode> kept = new HashSet<>();
        to.forEach(z -> kept.add(z.code()));
        List<ZoneCode> remove = from.stream()
                .map(DeliveryZone::code)
                .filter(c -> !kept.contains(c))
                .toList();
        zones.change(scenario, remove, to);
    }
}
