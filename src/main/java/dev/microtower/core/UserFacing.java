package dev.microtower.core;

/**
 * Marks an exception whose message is written for the user (what failed and what to do), so the
 * window shows it as it is, without knowing the layer that threw it. Toolkit-free.
 */
public interface UserFacing {}
