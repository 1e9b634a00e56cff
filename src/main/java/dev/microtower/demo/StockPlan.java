package dev.microtower.demo;

import dev.microtower.network.domain.NodeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sets the stock of every stocked site from its recent demand, target days of cover and lead
 * time, then spoils it the way real networks are spoilt: a few sites hold far too much, a few are
 * short of their fast movers, one DC sits on a long tail, and there are scattered stockouts. Open
 * orders are reserved; low lines have replenishment in transit.
 */
final class StockPlan {
    record Row(int node, int sku, long onHand, long reserved, long inTransit) {}

    enum Role {
        NORMAL,
        OVERSTOCKED,
        SHORT_OF_FAST_MOVERS,
        LONG_TAIL_EXCESS
    }

    private final List<Row> rows = new ArrayList<>();
    private final Role[] roles;

    private StockPlan(int nodeCount) {
        this.roles = new Role[nodeCount];
        Arrays.fill(roles, Role.NORMAL);
    }

    List<Row> rows() {
        return rows;
    }

    Role role(int node) {
        return roles[node];
    }

    static StockPlan build(List<DemoNode> nodes, List<DemoSku> skus, DemandLedger[] ledgers, Rng rng) {
        StockPlan plan = new StockPlan(nodes.size());
        plan.assignRoles(nodes, rng);
        // a DC replenishes its sites, so it sees their demand on top of the orders it ships itself
        for (int i = 0; i < nodes.size(); i++) {
            if (ledgers[i] == null || nodes.get(i).type() != NodeType.REGIONAL_DC) {
                continue;
            }
            for (int j = 0; j < nodes.size(); j++) {
                if (ledgers[j] != null
                        && nodes.get(i).code().equals(nodes.get(j).replenishmentSource())) {
                    ledgers[i].addAll(ledgers[j]);
                }
            }
        }
        int fastCut = Math.max(10, skus.size() / 20);
        for (int i = 0; i < nodes.size(); i++) {
            DemandLedger ledger = ledgers[i];
            if (ledger == null) {
                continue;
            }
            DemoNode node = nodes.get(i);
            Role role = plan.roles[i];
            int leadTime = node.leadTimeDays() == null ? 7 : node.leadTimeDays();
            double coverDays =
                    switch (node.type()) {
                        case REGIONAL_DC -> 21;
                        case MICRO_FULFILLMENT_CENTER -> 6;
                        case DARK_STORE -> 2.5;
                        default -> 9;
                    };
            int[] carried = ledger.skus();
            for (int p = 0; p < carried.length; p++) {
                DemoSku sku = skus.get(carried[p]);
                boolean fast = sku.rank() < fastCut;
                double daily = ledger.demandAt(p) / OrderHistory.RECENT_DAYS;
                double factor =
                        switch (role) {
                            case OVERSTOCKED -> rng.uniform(2.6, 3.4);
                            case SHORT_OF_FAST_MOVERS -> fast ? rng.uniform(0.1, 0.35) : rng.uniform(0.8, 1.1);
                            case LONG_TAIL_EXCESS -> sku.rank() > skus.size() / 2 ? rng.uniform(2.5, 4.0) : 1.0;
                            case NORMAL -> rng.uniform(0.85, 1.2);
                        };
                double target = daily * coverDays * factor * rng.logNormal(0.35);
                boolean keepsFloor = !(role == Role.SHORT_OF_FAST_MOVERS && fast);
                double floor = keepsFloor ? minimum(node.type(), sku) * rng.uniform(0.6, 1.4) : 0;
                if (role == Role.OVERSTOCKED) {
                    floor *= factor;
                }
                long onHand = Math.round(Math.max(target, floor));
                double stockout = role == Role.SHORT_OF_FAST_MOVERS && fast ? 0.3 : fast ? 0.03 : 0.015;
                if (role == Role.OVERSTOCKED) {
                    stockout = 0.003;
                }
                if (rng.chance(stockout)) {
                    onHand = 0;
                }
                long inTransit = 0;
                if (node.type() == NodeType.REGIONAL_DC) {
                    if (rng.chance(0.12)) {
                        inTransit = Math.max(sku.casePack() * 5L, Math.round(daily * 14 * rng.uniform(0.8, 1.2)));
                    }
                } else if (onHand < daily * (leadTime + 1)) {
                    double chance = role == Role.SHORT_OF_FAST_MOVERS ? 0.25 : 0.65;
                    if (rng.chance(chance)) {
                        inTransit = Math.max(sku.casePack(), Math.round(daily * coverDays * rng.uniform(0.8, 1.3)));
                    }
                } else if (rng.chance(0.06)) {
                    inTransit = (long) sku.casePack() * rng.between(1, 3);
                }
                long reserved = ledger.reservedAt(p);
                if (node.type() == NodeType.REGIONAL_DC && onHand > 0 && rng.chance(0.1)) {
                    // picking for transfers to the sites it feeds
                    reserved += Math.round(onHand * rng.uniform(0.05, 0.15));
                }
                reserved = Math.min(reserved, onHand + inTransit);
                plan.rows.add(new Row(i, carried[p], onHand, reserved, inTransit));
            }
        }
        return plan;
    }

    /**
     * The least a site holds of a line it carries: half a case at a DC, a part case
     * at a small site (small sites break cases), never less than one unit.
     */
    private static double minimum(NodeType type, DemoSku sku) {
        double cases =
                switch (type) {
                    case REGIONAL_DC -> 0.5;
                    case DARK_STORE -> 0.15;
                    default -> 0.25;
                };
        return Math.max(1, sku.casePack() * cases);
    }

    /** About one site in seven overstocked, one in seven short of fast movers; one DC with a long tail. */
    private void assignRoles(List<DemoNode> nodes, Rng rng) {
        List<Integer> local = new ArrayList<>();
        List<Integer> dcs = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            DemoNode node = nodes.get(i);
            if (node.local() && node.disruptedFrom() == null) {
                local.add(i);
            } else if (node.stocked() && node.type() == NodeType.REGIONAL_DC) {
                dcs.add(i);
            }
        }
        rng.shuffle(local);
        int k = Math.max(1, (int) Math.round(local.size() * 0.15));
        for (int j = 0; j < local.size() && j < 2 * k; j++) {
            roles[local.get(j)] = j < k ? Role.OVERSTOCKED : Role.SHORT_OF_FAST_MOVERS;
        }
        if (!dcs.isEmpty()) {
            rng.shuffle(dcs);
            roles[dcs.get(0)] = Role.LONG_TAIL_EXCESS;
        }
    }
}
