package dev.microtower.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets go of what a test class kept in its static fields once all its tests have run. Classes that
 * share one window, session or forecast between their tests keep it in a static field set in
 * {@code @BeforeAll}; the class stays loaded for the whole test run, so without this every such
 * window (its scene, its images, its decoded forecast) stayed reachable to the end, and the one test
 * JVM ran out of memory after some 650 tests. Registered for every test class through
 * {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}; runs after
 * the class's own {@code @AfterAll} methods, which close what they opened.
 */
public final class ForgetStatics implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        && !Modifier.isFinal(modifiers)
                        && !field.getType().isPrimitive()
                        && !field.isSynthetic()) {
                    field.setAccessible(true);
                    field.set(null, null);
                }
            }
        }
    }
}
