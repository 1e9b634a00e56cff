package dev.microtower.simulation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.microtower.core.NodeCode;
import dev.microtower.simulation.domain.CategorySupply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector's vendor-supply form: each bad value is refused naming the field as labelled. */
class CategorySupplyFormTest {
    private static final NodeCode DC = NodeCode.of("DC-1");

    private static String problem(String category, String lead, String review) {
        return CategorySupplyForm.parse(DC, category, lead, review).problem();
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertEquals("Category: choose a category", problem(null, "3", ""));
        assertEquals("Vendor lead time (days): 'soon' is not a number", problem("Pet", "soon", ""));
        assertEquals("Vendor lead time (days): must be 0 or more", problem("Pet", "-1", ""));
        assertEquals("Order every (days): '2.5' is not a whole number of days", problem("Pet", "", "2.5"));
        assertEquals("Order every (days): must be 1 or more", problem("Pet", "", "0"));
        assertEquals(
                "Vendor lead time (days): give a lead time or how often to order, or both", problem("Pet", " ", ""));
    }

    @Test
    void aGoodRowIsReadAndReplacesTheRowOfItsCategory() {
        CategorySupplyForm.Parsed parsed = CategorySupplyForm.parse(DC, "Pet", "4,5", "");
        assertNull(parsed.problem());
        assertEquals(new CategorySupply(DC, "Pet", 4.5, null), parsed.row());
        List<CategorySupply> rows =
                List.of(new CategorySupply(DC, "Baby", 1.0, null), new CategorySupply(DC, "Pet", 9.0, 2));
        assertEquals(
                List.of(new CategorySupply(DC, "Baby", 1.0, null), parsed.row()),
                CategorySupplyForm.with(rows, parsed.row()));
        assertEquals(List.of(new CategorySupply(DC, "Pet", 9.0, 2)), CategorySupplyForm.without(rows, "Baby"));
    }
}
