package dev.microtower.shell;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where things sit in the main window: the map in the middle, first; the side panels (layers and
 * the features' tools) on its left and the inspector on its right, each foldable and resizable;
 * the drawer under the map in a split the user can drag; and a card over the map while the first
 * start loads.
 */
final class WindowLayout {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final SidePanel side;
    private final VBox inspector = new VBox();
    private final SidePanel inspectorPanel;
    private final SplitPane centre = new SplitPane();
    private final VBox loadingCard = new VBox(8);
    private final Label loadingMessage = new Label();
    private final ProgressBar loadingProgress = new ProgressBar();
    private final ReadOnlyBooleanWrapper drawerShown = new ReadOnlyBooleanWrapper(this, "drawerShown");
    private Node drawer;
    private double drawerPosition;
    private final StackPane mapStack;
    private Presenting presenting;

    /** What the window showed before presenting, put back exactly when it ends. */
    private record Presenting(Node top, Node bottom, Node left, Node right, boolean drawer, Node overlay) {}

    WindowLayout(Node map, Node layers, LayoutSettings settings) {
        Tab layersTab = new Tab("Layers", scroll(layers));
        layersTab.setId("layers-tab");
        tabs.getTabs().add(layersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("side-tabs");
        tabs.setMinWidth(0);
        side = new SidePanel("side-panel", tabs, true, false, settings.sideWidth());
        side.openProperty().set(settings.sideOpen());

        inspector.setId("inspector-sections");
        inspector.getStyleClass().add("inspector-sections");
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setFitToHeight(true);
        inspectorScroll.getStyleClass().add("side-panel");
        inspectorPanel = new SidePanel("inspector-panel", inspectorScroll, false, true, settings.inspectorWidth());
        inspectorPanel.openProperty().set(settings.inspectorOpen());
        inspectorPanel.measure(inspector);

        loadingCard.setId("loading-card");
        loadingCard.getStyleClass().add("loading-card");
        loadingCard.setAlignment(Pos.CENTER_LEFT);
        loadingCard.setPadding(new Insets(14, 18, 14, 18));
        loadingCard.setMaxSize(360, 90);
        loadingMessage.setWrapText(true);
        loadingProgress.setMaxWidth(Double.MAX_VALUE);
        loadingCard.getChildren().addAll(loadingMessage, loadingProgress);
        loadingCard.setVisible(false);
        loadingCard.setMouseTransparent(true);
        mapStack = new StackPane(map, loadingCard);
        mapStack.setMinSize(0, 0);
        // the map takes what the window gives it: Gluon's MapView reports the panned base map's offset as its
        // preferred height (50,000 px seen), and the split then left a newly shown drawer at its minimum
        mapStack.setPrefSize(400, 400);

        drawerPosition = settings.drawer();
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().add(mapStack);
        centre.getStyleClass().add("map-split");

        root.setLeft(side);
        root.setCenter(centre);
        root.setRight(inspectorPanel);
        root.getStyleClass().add("main-window");
        root.getStylesheets()
                .add(Objects.requireNonNull(MainWindow.class.getResource("microtower.css"))
                        .toExternalForm());
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    BorderPane root() {
        return root;
    }

    SidePanel side() {
        return side;
    }

    SidePanel inspectorPanel() {
        return inspectorPanel;
    }

    void addSidePanel(String id, String title, Node content) {
        Tab tab = new Tab(title, scroll(content));
        tab.setId(id);
        tabs.getTabs().add(tab);
    }

    void showSidePanel(String id) {
        side.openProperty().set(true);
        tabs.getTabs().stream()
                .filter(tab -> id.equals(tab.getId()))
                .findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Whether the tab {@code id} is selected and the side panels are open. */
    ObservableBooleanValue sidePanelShown(String id) {
        return Bindings.createBooleanBinding(
                () -> side.openProperty().get()
                        && tabs.getSelectionModel().getSelectedItem() != null
                        && id.equals(tabs.getSelectionModel().getSelectedItem().getId()),
                side.openProperty(),
                tabs.getSelectionModel().selectedItemProperty());
    }

    void addInspectorSection(Node section) {
        inspector.getChildren().add(section);
        VBox.setVgrow(section, javafx.scene.layout.Priority.ALWAYS);
    }

    /** Shows {@code content} under the map; {@code null} closes the drawer. */
    void setDrawer(Node content) {
        if (drawer != null && drawer != content) {
            showDrawer(false);
        }
        drawer = content;
        if (content != null) {
            SplitPane.setResizableWithParent(content, false);
        }
        drawerShown.set(content != null);
        showDrawer(content != null);
    }

    ReadOnlyBooleanProperty drawerShownProperty() {
        return drawerShown.getReadOnlyProperty();
    }

    private void showDrawer(boolean shown) {
        if (drawer == null) {
            return;
        }
        if (shown && !centre.getItems().contains(drawer)) {
            centre.getItems().add(drawer);
            centre.setDividerPositions(drawerPosition);
            // once more after the split is laid out with the drawer: the first pass can move it
            Platform.runLater(() -> centre.setDividerPositions(drawerPosition));
        } else if (!shown) {
            // remembered when the user closes it, not during the split's own layout passes
            double[] positions = centre.getDividerPositions();
            if (positions.length > 0) {
                drawerPosition = Math.max(0.3, Math.min(0.85, positions[0]));
            }
            centre.getItems().remove(drawer);
        }
    }

    /**
     * Leaves only the map, with {@code overlay} over it: the menus and toolbar, the status bar, both
     * side panels and the drawer are taken out of the window (not folded, so their own open state
     * and widths are untouched) until {@link #endPresentation()}.
     */
    void present(Node overlay) {
        if (presenting == null) {
            boolean drawerWasShown = drawer != null && centre.getItems().contains(drawer);
            presenting = new Presenting(
                    root.getTop(), root.getBottom(), root.getLeft(), root.getRight(), drawerWasShown, overlay);
            if (drawerWasShown) {
                showDrawer(false);
            }
            root.setTop(null);
            root.setBottom(null);
            root.setLeft(null);
            root.setRight(null);
        } else {
            mapStack.getChildren().remove(presenting.overlay());
            presenting = new Presenting(
                    presenting.top(),
                    presenting.bottom(),
                    presenting.left(),
                    presenting.right(),
                    presenting.drawer(),
                    overlay);
        }
        mapStack.getChildren().add(overlay);
    }

    void endPresentation() {
        if (presenting == null) {
            return;
        }
        Presenting was = presenting;
        presenting = null;
        mapStack.getChildren().remove(was.overlay());
        root.setTop(was.top());
        root.setBottom(was.bottom());
        root.setLeft(was.left());
        root.setRight(was.right());
        if (was.drawer() && drawer != null) {
            showDrawer(true);
        }
    }

    boolean presenting() {
        return presenting != null;
    }

    /** Shows the first-start card over the map, following {@code task}'s message and progress. */
    void showLoading(javafx.concurrent.Task<?> task) {
        loadingMessage.textProperty().bind(task.messageProperty());
        loadingProgress.progressProperty().bind(task.progressProperty());
        loadingCard.setVisible(true);
    }

    void hideLoading() {
        loadingMessage.textProperty().unbind();
        loadingProgress.progressProperty().unbind();
        loadingCard.setVisible(false);
    }

    boolean loadingShown() {
        return loadingCard.isVisible();
    }

    /** The layout as it is now, to remember for the next start. */
    LayoutSettings settings() {
        return new LayoutSettings(
                side.chosenWidthProperty().get(),
                side.openProperty().get(),
                inspectorPanel.chosenWidthProperty().get(),
                inspectorPanel.openProperty().get(),
                drawerPosition);
    }
}
