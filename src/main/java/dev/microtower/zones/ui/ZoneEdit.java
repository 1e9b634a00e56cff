package dev.microtower.zones.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.core.edit.StateEdit;
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
final class ZoneEdit extends StateEdit<List<DeliveryZone>> {
    private final ZoneRepository zones;

    ZoneEdit(
            ScenarioId scenario,
            ZoneRepository zones,
            String description,
            List<DeliveryZone> before,
            List<DeliveryZone> after) {
        super(scenario, description, Set.of(DataKind.ZONES), List.copyOf(before), List.copyOf(after));
        this.zones = Objects.requireNonNull(zones);
    }

    @Override
    protected void write(List<DeliveryZone> from, List<DeliveryZone> to) {
        Set<ZoneCode> kept = new HashSet<>();
        to.forEach(z -> kept.add(z.code()));
        List<ZoneCode> remove = from.stream()
                .map(DeliveryZone::code)
                .filter(c -> !kept.contains(c))
                .toList();
        zones.change(scenario(), remove, to);
    }
}
