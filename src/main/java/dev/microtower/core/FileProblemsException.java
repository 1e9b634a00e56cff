package dev.microtower.core;

import java.util.List;

/**
 * A file could not be read because of problems in it, each in words with where it is (file, row,
 * column); nothing was read or written. Lets a feature list the problems without depending on the
 * importer that found them.
 */
public final class FileProblemsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public FileProblemsException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
