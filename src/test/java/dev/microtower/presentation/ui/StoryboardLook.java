package dev.microtower.presentation.ui;

import dev.microtower.testing.WindowLook;

/**
 * A picture of the Storyboard side panel on a demo database with its "Bay Area tour", for the docs:
 * {@code DB OUT.png}. Read-only. See {@link WindowLook} for how to run it.
 */
public final class StoryboardLook {
    private StoryboardLook() {}

    public static void main(String[] args) {
        WindowLook.launch(args, look -> {
            PresentationModule module = look.window().module(PresentationModule.class);
            look.window().showSidePanel(PresentationModule.PANEL);
            look.poll(
                    () -> module.panel().storyboard().isPresent(),
                    () -> look.later(8, () -> {
                        look.write(look.out());
                        look.finish();
                    }));
        });
    }
}
