package com.kiorex.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the Artemis resource adapter and the Kiorex WAR, configured only through
 * the post-boot command file and environment variables (the same ones a hospital sets).
 */
public final class PayaraServer implements StackService {

    /**
     * Measured on 2 cores (BENCHMARKS.md): the serial collector leaves both cores to requests (G1's
     * concurrent threads cost ~20% throughput here), native areas are capped to stay under 700 MB
     * resident, and JSON-P's provider is named so that Payara's per-request JWKS parsing does not
     * search every jar for it (ServiceLoader scans were ~6% of CPU). Native memory freed by the JIT
     * (a warm server had ~130 MB resident in 16 malloc arenas) is handed back every 5 s
     * ({@code TrimNativeHeapInterval}, JDK 17.0.15 here) and glibc keeps two arenas ({@link #MALLOC_ARENAS}).
     */
    static final String DEFAULT_JAVA_OPTS = "-Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC "
            + "-XX:ReservedCodeCacheSize=96m -Xss512k -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000 "
            + "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    /** glibc's MALLOC_ARENA_MAX for the server process unless the environment sets it. */
    static final String MALLOC_ARENAS = "2";

    private final Path payaraJar;
    private final Path home;
    private final Path postBootCommands;
    private final List<Path> libraries;
    private final List<Path> deployments;
    private final int port;
    private final Map<String, String> environment;
    private ChildProcess process;

    public PayaraServer(Path payaraJar, Path home, Path postBootCommands, List<Path> libraries,
                        List<Path> deployments, int port, Map<String, String> environment) {
        this.payaraJar = payaraJar;
        this.home = home;
        this.postBootCommands = postBootCommands;
        this.libraries = List.copyOf(libraries);
        this.deployments = List.copyOf(deployments);
        this.port = port;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    /**
     * Starts Payara Micro and waits until the application reports ready. A deployment that fails
     * while Payara boots (seen rarely here: the Artemis RAR's validator finds no context class loader
     * on the boot thread) is retried once with a fresh server, instead of waiting for the timeout.
     */
    @Override
    public void start() throws IOException {
        try {
            startOnce();
        } catch (DeploymentFailed e) {
            System.err.println("Payara Micro: " + e.getMessage() + "; starting it once more");
            close();
            startOnce();
        }
    }

    private void startOnce() throws IOException {
        Path root = home.resolve("payara");
        Archives.deleteRecursively(root); // runtime files only: the data lives in PostgreSQL and Artemis
        Files.createDirectories(root);
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(List.of(environment.getOrDefault("KIOREX_PAYARA_JAVA_OPTS", DEFAULT_JAVA_OPTS).split("\\s+")));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--nocluster", "--rootDir", root.toString(), "--port", Integer.toString(port),
                "--postbootcommandfile", postBootCommands.toString()));
        if (!libraries.isEmpty()) {
            command.add("--addLibs");
            command.add(String.join(java.io.File.pathSeparator, libraries.stream().map(Path::toString).toList()));
        }
        for (Path deployment : deployments) {
            command.add("--deploy");
            command.add(deployment.toString());
        }
        Path log = home.resolve("logs/payara.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Map<String, String> processEnvironment = new HashMap<>(environment);
        processEnvironment.putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        process = ChildProcess.start(name(), command, home, processEnvironment, log);
        // the application's own checks must be in the answer: an empty UP only means nothing is deployed yet
        process.awaitReady(Duration.ofSeconds(180), () -> {
            String booted = logSince(log, logStart);
            if (booted.contains("Exception while loading the app")) {
                // the application itself refused to start (a migration that does not validate, a CDI error): a second
                // try would fail the same way, so say why at once instead of waiting for the timeout
                throw new IllegalStateException("the application failed to start: " + firstCause(booted) + "; see " + log);
            }
            if (booted.contains("Exception while deploying the app")) {
                throw new DeploymentFailed("a deployment failed while booting; see " + log);
            }
            return ChildProcess.httpBodyContains(baseUrl() + "/health/ready", 200, "\"database\"");
        });
    }

    /** The first exception line of the log that names a cause, shortened. */
    static String firstCause(String log) {
        return log.lines().map(String::strip)
                .filter(line -> line.matches("^[\\w.$]+(Exception|Error): .*"))
                .findFirst().map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line)
                .orElse("no cause in the log");
    }

    private static String logSince(Path log, long from) {
        try (var channel = Files.newByteChannel(log)) {
            long size = channel.size();
            if (size <= from) {
                return "";
            }
            var buffer = java.nio.ByteBuffer.allocate((int) Math.min(size - from, 8 << 20));
            channel.position(Math.max(from, size - buffer.capacity()));
            channel.read(buffer);
            return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Payara reported a failed deployment during boot: it would never become ready. */
    static final class DeploymentFailed extends IllegalStateException {
        DeploymentFailed(String message) {
            super(message);
        }
    }

    /** Ends the server at once, as a power cut or {@code kill -9} would (fault tests). */
    public void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String apiUrl() {
        return baseUrl() + "/kiorex/api";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
