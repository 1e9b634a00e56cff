package dev.microtower.demo;

import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.time.LocalDate;

/**
 * A generated site with the columns of nodes.csv plus what the generator needs to simulate it:
 * whether it may hold prescription drugs and, for a disrupted site, the day it stopped shipping.
 */
record DemoNode(
        String code,
        String name,
        NodeType type,
        double lat,
        double lon,
        String address,
        String town,
        String region,
        NodeStatus status,
        SlaTier slaTier,
        Long storageCapacityUnits,
        Double floorAreaM2,
        double fixedCostPerDay,
        double handlingCostPerOrder,
        String replenishmentSource,
        Integer leadTimeDays,
        String servedBy,
        boolean pharmacyLicensed,
        LocalDate disruptedFrom) {

    /** Holds stock today: a stocking type that is open or only temporarily out of action. */
    boolean stocked() {
        return type.holdsStock() && (status == NodeStatus.ACTIVE || status == NodeStatus.DISRUPTED);
    }

    /** Can ship an order placed on this day. */
    boolean shipsOn(LocalDate day) {
        return stocked() && (disruptedFrom == null || day.isBefore(disruptedFrom));
    }

    /** A local site: close to customers, fed by a DC. */
    boolean local() {
        return stocked() && type != NodeType.REGIONAL_DC;
    }

    double distanceKm(double toLat, double toLon) {
        return BayArea.distanceKm(lat, lon, toLat, toLon);
    }

    DemoNode withSize(long units, double areaM2) {
        return new DemoNode(
                code,
                name,
                type,
                lat,
                lon,
                address,
                town,
                region,
                status,
                slaTier,
                units,
                areaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                replenishmentSource,
                leadTimeDays,
                servedBy,
                pharmacyLicensed,
                disruptedFrom);
    }

    DemoNode withSupply(String source, Integer leadTime, String server, SlaTier tier) {
        return new DemoNode(
                code,
                name,
                type,
                lat,
                lon,
                address,
                town,
                region,
                status,
                tier,
                storageCapacityUnits,
                floorAreaM2,
                fixedCostPerDay,
                handlingCostPerOrder,
                source,
                leadTime,
                server,
                pharmacyLicensed,
                disruptedFrom);
    }
}
