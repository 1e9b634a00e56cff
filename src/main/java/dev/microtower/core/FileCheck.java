package dev.microtower.core;

/**
 * Reads the whole open data file looking for damage that opening it did not show: a file can open
 * cleanly and still hold unreadable pages, which would otherwise surface later in the middle of an
 * export or a plan. A damaged file ends the check with a {@link UserFacing} exception that names
 * the file and its newest backup.
 */
@FunctionalInterface
public interface FileCheck {
    /** Reads every stored row; returns how many were read, or -1 when the file is unchanged since it was last found clean and was not read. */
    long check(Progress progress, Cancellation cancellation);
}
