package dev.microtower.shell;

import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.UndoHistory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: the window's own items (open, base map, quit, undo and redo, the panels, zoom,
 * full screen, about) and, at a fixed place in each menu, the items the features add. A menu with
 * no items is hidden.
 */
final class Menus {
    /** What the window's own items do. */
    interface Actions {
        void open();

        void chooseBaseMap();

        void quit();

        void undo();

        void redo();

        void zoom(double delta);

        void fullScreen();

        void about();
    }

    private final Map<MenuPlace, Menu> menus = new EnumMap<>(MenuPlace.class);
    // where in each menu the features' items go, moving down as they are added
    private final Map<MenuPlace, Integer> insertAt = new EnumMap<>(MenuPlace.class);
    private final MenuBar bar = new MenuBar();

    Menus(Actions actions, UndoHistory history, WindowLayout layout) {
        Menu file = new Menu(
                "_File",
                null,
                item("Open database…", shortcut(KeyCode.O), actions::open),
                new SeparatorMenuItem(),
                item("Preferences: Base map…", shortcut(KeyCode.COMMA), actions::chooseBaseMap),
                new SeparatorMenuItem(),
                item("Quit", shortcut(KeyCode.Q), actions::quit));
        place(MenuPlace.FILE, file, 1);

        MenuItem undo = item("Undo", shortcut(KeyCode.Z), actions::undo);
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("Redo", shortcut(KeyCode.Y), actions::redo);
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        place(MenuPlace.EDIT, new Menu("_Edit", null, undo, redo), 2);

        CheckMenuItem side = new CheckMenuItem("Layers panel");
        side.setAccelerator(shortcut(KeyCode.L));
        side.selectedProperty().bindBidirectional(layout.side().openProperty());
        CheckMenuItem inspector = new CheckMenuItem("Inspector panel");
        inspector.setAccelerator(
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        inspector.selectedProperty().bindBidirectional(layout.inspectorPanel().openProperty());
        Menu view = new Menu(
                "_View",
                null,
                side,
                inspector,
                new SeparatorMenuItem(),
                item("Zoom in", shortcut(KeyCode.EQUALS), () -> actions.zoom(1)),
                item("Zoom out", shortcut(KeyCode.MINUS), () -> actions.zoom(-1)),
                new SeparatorMenuItem(),
                item("Full screen", new KeyCodeCombination(KeyCode.F11), actions::fullScreen));
        place(MenuPlace.VIEW, view, 3);
        place(MenuPlace.PLAN, new Menu("_Plan"), 0);
        place(MenuPlace.RULES, new Menu("_Rules"), 0);
        place(
                MenuPlace.HELP,
                new Menu("_Help", null, item("About Microtower", new KeyCodeCombination(KeyCode.F1), actions::about)),
                1);
        bar.setUseSystemMenuBar(true);
    }

    private void place(MenuPlace place, Menu menu, int at) {
        menus.put(place, menu);
        insertAt.put(place, at);
        menu.setVisible(!menu.getItems().isEmpty());
        bar.getMenus().add(menu);
    }

    MenuBar bar() {
        return bar;
    }

    void add(MenuPlace place, MenuItem... items) {
        Menu menu = menus.get(place);
        int at = insertAt.get(place);
        menu.getItems().addAll(at, List.of(items));
        insertAt.put(place, at + items.length);
        menu.setVisible(true);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
