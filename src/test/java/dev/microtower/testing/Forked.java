package dev.microtower.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a second JVM (the project's main class on the test class path), for
 * what only a separate process can show: its environment, its exit code, and being killed.
 */
public final class Forked {
    /** A finished run: exit code and everything it printed, stdout and stderr together. */
    public record Result(int exit, String output) {}

    private Forked() {}

    /** Starts {@code dev.microtower.Launcher args} with {@code env} added to this JVM's environment. */
    public static Process start(Map<String, String> env, String... args) throws IOException {
        return start(env, "dev.microtower.Launcher", args);
    }

    /** Starts {@code mainClass args} in a new JVM on this JVM's class path. */
    public static Process start(Map<String, String> env, String mainClass, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Runs the command line to the end (at most two minutes). */
    public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process process = start(env, args);
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the forked command did not finish: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
