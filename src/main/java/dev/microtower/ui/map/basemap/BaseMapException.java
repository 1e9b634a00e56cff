package dev.microtower.ui.map.basemap;

/** A base-map source could not be used; the message is meant for the user as it is. */
public final class BaseMapException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaseMapException(String message) {
        super(message);
    }

    public BaseMapException(String message, Throwable cause) {
        super(message, cause);
    }
}
