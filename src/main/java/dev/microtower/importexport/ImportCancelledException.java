package dev.microtower.importexport;

/** The user cancelled an import; nothing was written. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("the import was cancelled; nothing was imported");
    }
}
