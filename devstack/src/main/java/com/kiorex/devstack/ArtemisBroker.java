package com.kiorex.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * ActiveMQ Artemis broker from the distribution zip: one instance under {@code home/artemis}, created once
 * and kept between runs so persistent messages survive a restart. Every start re-applies the files of
 * {@code server-config/broker} and the user, so the instance always runs the configuration in the repository.
 */
public final class ArtemisBroker implements StackService {

    /** Dev-only credentials, for the local stack and tests; a hospital's broker has its own. */
    public static final String DEV_USER = "kiorex";
    public static final String DEV_PASSWORD = "kiorex-dev";

    static final String HOST = "127.0.0.1";
    /** The role server-config/broker/broker.xml grants the application's permissions to. */
    static final String APP_ROLE = "kiorex-app";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String HEAP = "-Xms64m -Xmx512m";

    private final Path distZip;
    private final Path home;
    private final Path brokerConfigDir;
    private final int port;
    private final String user;
    private final String password;
    private ChildProcess process;

    public ArtemisBroker(Path distZip, Path home, Path brokerConfigDir, int port, String user, String password) {
        this.distZip = distZip;
        this.home = home;
        this.brokerConfigDir = brokerConfigDir;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    @Override
    public String name() {
        return "artemis";
    }

    @Override
    public void start() throws Exception {
        if (process != null) {
            throw new IllegalStateException(name() + " already started");
        }
        if (!Files.isRegularFile(brokerConfigDir.resolve("broker.xml"))) {
            throw new IllegalStateException("no broker.xml in " + brokerConfigDir);
        }
        if (portAnswers()) {
            throw new IllegalStateException("port " + port + " is already in use; is another broker running?");
        }
        Path dist = Archives.unpackOnce(distZip, home.resolve("artemis-dist"));
        Path instance = home.resolve("artemis");
        Path log = home.resolve("logs").resolve("artemis.log");
        createOnce(dist, instance, log);
        applyConfig(instance);
        // bin/artemis execs the JVM, so the child is the broker itself and SIGTERM stops it cleanly
        process = ChildProcess.start(name(), List.of(instance.resolve("bin/artemis").toString(), "run"), instance,
                Map.of("JAVA_ARGS_APPEND", HEAP + " -Dkiorex.broker.host=" + HOST + " -Dkiorex.broker.port=" + port),
                log);
        try {
            process.awaitReady(START_TIMEOUT, this::acceptsLogin);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Creates the instance (scripts, login config, data folder); again only if the distribution changed. */
    private void createOnce(Path dist, Path instance, Path log) throws IOException, InterruptedException {
        Path marker = instance.resolve(".created-from");
        if (Files.exists(marker) && Files.readString(marker).equals(dist.toString())) {
            return;
        }
        // --force keeps data/ (messages) and only rewrites scripts and etc/
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/artemis").toString(), "create",
                "--silent", "--force", "--require-login", "--no-web", "--nio", "--no-autotune",
                "--user", user, "--password", password, "--role", APP_ROLE, instance.toString()));
        Files.createDirectories(log.getParent());
        Process create = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (create.waitFor() != 0) {
            throw new IOException("artemis create failed; see " + log);
        }
        Files.writeString(marker, dist.toString());
    }

    /** Copies the repository's broker files into etc/ and writes the (dev-only) user with the application role. */
    private void applyConfig(Path instance) throws IOException {
        Path etc = instance.resolve("etc");
        try (var files = Files.list(brokerConfigDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith(".md")) {
                    Files.copy(file, etc.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        writeProperties(etc.resolve("artemis-users.properties"), user, password);
        writeProperties(etc.resolve("artemis-roles.properties"), APP_ROLE, user);
    }

    private static void writeProperties(Path file, String key, String value) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by the devstack launcher at every start (dev-only credentials)");
        }
    }

    /**
     * Ready when a client can log in: a STOMP CONNECT on the acceptor port is answered CONNECTED only once
     * the server is active, the acceptor is bound and the user is accepted. A refused login fails at once.
     */
    private boolean acceptsLogin() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("CONNECT\naccept-version:1.2\nhost:" + HOST + "\nlogin:" + user + "\npasscode:" + password
                    + "\n\n\0").getBytes(StandardCharsets.UTF_8));
            String answer = readFrame(socket.getInputStream());
            if (answer.startsWith("ERROR")) {
                throw new IllegalStateException("broker refused the login of " + user + ": " + answer.lines()
                        .filter(line -> line.startsWith("message:")).findFirst().orElse(answer));
            }
            if (!answer.startsWith("CONNECTED")) {
                return false;
            }
            out.write("DISCONNECT\nreceipt:ready\n\n\0".getBytes(StandardCharsets.UTF_8));
            readFrame(socket.getInputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            frame.write(b);
        }
        return frame.toString(StandardCharsets.UTF_8).stripLeading();
    }

    private boolean portAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The MicroProfile Config settings, as environment variables, that point Payara's artemis-ra adapter
     * and the application's connection factories at this broker.
     */
    public Map<String, String> clientEnvironment() {
        return Map.of("KIOREX_BROKER_HOST", HOST, "KIOREX_BROKER_PORT", String.valueOf(port),
                "KIOREX_BROKER_USER", user, "KIOREX_BROKER_PASSWORD", password);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The core-protocol URL clients use, e.g. {@code tcp://127.0.0.1:61616}. */
    public String url() {
        return "tcp://" + HOST + ":" + port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** True while the broker process runs (fault tests stop and start it). */
    public boolean isRunning() {
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
