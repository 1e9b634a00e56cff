package dev.microtower.zones.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ZoneShapesTest {
    private static final GeometryFactory F = new GeometryFactory();
    private final Polygon square = ZoneShapes.polygon(
            F, List.of(new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1)));

    @Test
    void movingACornerKeepsTheRingClosed() {
        Geometry moved = ZoneShapes.move(square, new ZoneShapes.Vertex(0, 0, 0), new Coordinate(-1, -1));
        Coordinate[] ring = moved.getCoordinates();
        assertEquals(new Coordinate(-1, -1), ring[0]);
        assertEquals(new Coordinate(-1, -1), ring[ring.length - 1]);
        assertEquals(square.getArea() + 1, moved.getArea(), 1e-12);
        assertEquals(new Coordinate(0, 0), square.getCoordinates()[0], "the input is left alone");
    }

    @Test
    void aCornerAddedOnAnEdgeAndDeletedAgainGivesTheSameShape() {
        Geometry added = ZoneShapes.insert(square, new ZoneShapes.Vertex(0, 0, 1), new Coordinate(0.5, -0.5));
        assertEquals(6, added.getNumPoints());
        assertEquals(new Coordinate(0.5, -0.5), added.getCoordinates()[1]);
        Geometry back = ZoneShapes.delete(added, new ZoneShapes.Vertex(0, 0, 1));
        assertTrue(back.equalsExact(square));
    }

    @Test
    void aTriangleKeepsItsCornersAndABowTieIsNamedInvalid() {
        Polygon triangle =
                ZoneShapes.polygon(F, List.of(new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> ZoneShapes.delete(triangle, new ZoneShapes.Vertex(0, 0, 0)));

        Geometry bowTie = ZoneShapes.move(square, new ZoneShapes.Vertex(0, 0, 1), new Coordinate(0, 1.5));
        String problem = ZoneTopology.problemWith(bowTie);
        assertTrue(problem != null && problem.contains("Self-intersection"), problem);
        assertNull(ZoneTopology.problemWith(square));
    }
}
