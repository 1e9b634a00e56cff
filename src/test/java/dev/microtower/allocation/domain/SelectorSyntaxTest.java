package dev.microtower.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectorSyntaxTest {
    @Test
    void emptyTextSelectsEverything() {
        assertEquals(SkuSelector.ANY, SelectorSyntax.parseSkus(" "));
        assertEquals(NodeSelector.ANY, SelectorSyntax.parseNodes(""));
        assertEquals("", SelectorSyntax.format(SkuSelector.ANY));
    }

    @Test
    void everyCriterionRoundTrips() {
        SkuSelector skus = new SkuSelector(
                Set.of("Pharmacy", "Grocery Ambient"),
                Set.of(TemperatureClass.FROZEN),
                Set.of(AbcClass.A, AbcClass.B),
                Set.of(XyzClass.Z),
                Set.of("bulky"),
                Set.of(SkuCode.of("SKU-1")));
        NodeSelector nodes = new NodeSelector(
                Set.of(NodeType.DARK_STORE, NodeType.MICRO_HUB),
                Set.of(SlaTier.SAME_DAY),
                Set.of(NodeCode.of("MFC-SF1")),
                Set.of("East Bay"));

        assertEquals(skus, SelectorSyntax.parseSkus(SelectorSyntax.format(skus)));
        assertEquals(nodes, SelectorSyntax.parseNodes(SelectorSyntax.format(nodes)));
        assertEquals(
                "type=DARK_STORE|MICRO_HUB; tier=SAME_DAY; node=MFC-SF1; region=East Bay",
                SelectorSyntax.format(nodes));
    }

    @Test
    void keysAndEnumValuesIgnoreCaseAndSpaces() {
        SkuSelector s = SelectorSyntax.parseSkus(" ABC = a | b ;temperature=chilled;");
        assertEquals(Set.of(AbcClass.A, AbcClass.B), s.abcClasses());
        assertEquals(Set.of(TemperatureClass.CHILLED), s.temperatureClasses());
    }

    @Test
    void mistakesAreNamed() {
        assertTrue(message(() -> SelectorSyntax.parseSkus("colour=red")).contains("unknown criterion 'colour'"));
        assertTrue(message(() -> SelectorSyntax.parseSkus("abc=D")).contains("'D' is not a abc; use A, B, C"));
        assertTrue(message(() -> SelectorSyntax.parseNodes("type")).contains("needs the form key=value"));
        assertTrue(message(() -> SelectorSyntax.parseNodes("region=")).contains("'region' has no value"));
        assertTrue(message(() -> SelectorSyntax.parseNodes("tier=SAME_DAY; tier=NEXT_DAY"))
                .contains("given twice"));
    }

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
