package dev.microtower.allocation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.ui.RuleForm.Field;
import dev.microtower.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rule form checks each number against the range its domain type declares and says what is
 * wrong in that range's words, so the form and the rule (and the import) never disagree.
 */
class RuleFormTest {
    private RuleForm form;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showARule() throws Exception {
        form = onFx(() -> {
            RuleForm f = new RuleForm();
            f.show(Fixtures.freshRule(), List.of());
            return f;
        });
    }

    @Test
    void aServiceLevelOfOneIsRefusedWithTheDomainsRange() throws Exception {
        String message = enter(Field.SERVICE_LEVEL, "1");

        assertEquals("Between 0 and 1 (exclusive), e.g. 0.95", message);
        assertTrue(message.toLowerCase(Locale.ROOT).startsWith(AllocationRule.SERVICE_LEVEL.describe()), message);
        assertFalse(onFx(() -> form.validProperty().get()));
    }

    @Test
    void aServiceLevelInsideTheRangeIsAccepted() throws Exception {
        assertEquals("", enter(Field.SERVICE_LEVEL, "0.99"));
        assertEquals(0.99, onFx(() -> form.shown().serviceLevel()));
    }

    @Test
    void aCapacityShareOfZeroIsRefusedAndOneIsTheLargestAccepted() throws Exception {
        String message = enter(Field.CAPACITY_SHARE, "0");
        assertEquals("Above 0 and at most 1, e.g. 0.25", message);
        assertTrue(message.toLowerCase(Locale.ROOT).startsWith(AllocationRule.CAPACITY_SHARE.describe()), message);

        assertEquals("", enter(Field.CAPACITY_SHARE, "1"));
        assertEquals(1.0, onFx(() -> form.shown().maxCapacityShare()));
        assertEquals("Above 0 and at most 1, e.g. 0.25", enter(Field.CAPACITY_SHARE, "1.01"));
    }

    @Test
    void negativeDaysOfCoverAreRefusedWithTheDomainsRange() throws Exception {
        String message = enter(Field.MIN_DAYS, "-1");
        assertEquals("A non-negative number", message);
        assertEquals(AllocationRule.MIN_DAYS_COVER.describe(), message.toLowerCase(Locale.ROOT));
        assertEquals("", onFx(() -> form.error(Field.MAX_DAYS)), "no minimum-above-maximum message as well");
    }

    /** Types {@code text} into the field and returns the message next to it. */
    private String enter(Field field, String text) throws Exception {
        return onFx(() -> {
            ((TextField) form.lookup("#rule-" + field.id)).setText(text);
            return form.error(field);
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
