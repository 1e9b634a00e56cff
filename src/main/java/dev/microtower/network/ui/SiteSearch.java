package dev.microtower.network.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The toolbar's search box: suggests sites and SKUs by code or name as the user types, and hands
 * the chosen one (or, on Enter, the best match) to the network module.
 */
final class SiteSearch {
    private final TextField field = TextFields.createClearableTextField();
    private SearchIndex index = new SearchIndex(List.of(), List.of());

    SiteSearch(Consumer<SearchIndex.Hit> choose, Consumer<String> search, Runnable cleared) {
        field.setId("search");
        field.setPromptText("Find a site or SKU by code or name");
        field.setPrefColumnCount(30);
        AutoCompletionBinding<SearchIndex.Hit> completion =
                TextFields.bindAutoCompletion(field, request -> index.find(request.getUserText(), 12));
        completion.setVisibleRowCount(12);
        completion.setOnAutoCompleted(e -> choose.accept(e.getCompletion()));
        field.setOnAction(e -> search.accept(field.getText()));
        field.textProperty().addListener((o, was, text) -> {
            if (text.isBlank()) {
                cleared.run();
            }
        });
        HBox.setHgrow(field, Priority.NEVER);
    }

    TextField field() {
        return field;
    }

    SearchIndex index() {
        return index;
    }

    void setIndex(SearchIndex index) {
        this.index = index;
    }
}
