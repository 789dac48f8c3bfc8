package com.kiorex.systemtest.incontainer;

import com.kiorex.devstack.Archives;
import com.kiorex.devstack.Stack;
import com.kiorex.systemtest.TestStack;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one Payara Micro of the in-container tier, prepared on the client before Arquillian's managed
 * container starts it (it starts a server per deployment, when it deploys). The server joins the
 * stack the system tests use and is launched like devstack's PayaraServer; {@code arquillian.xml}
 * holds its command line.
 */
final class InContainerServer {

    private InContainerServer() {
    }

    /**
     * Gets the shared stack running and hands its environment (database, broker and Keycloak on this
     * run's ports) to the server, then gives the server a fresh directory and its jar.
     */
    static void prepare() throws IOException {
        Stack stack = TestStack.running();
        InheritedEnvironment.putAll(TestStack.payaraEnvironment());
        Path home = home();
        // Payara would reuse a domain left in its root directory, pools and all, with the last run's ports
        Archives.deleteRecursively(home);
        Files.createDirectories(home);
        deleteEarlierDeploymentCopies();
        buildJarDeployingTheAdapterFirst(stack.layout().dist(), home);
    }

    /** The WAR the system tests run, plus the test classes. */
    static WebArchive deployment(Class<?>... testClasses) {
        Path war = TestStack.running().layout().dist().resolve("kiorex.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile()).addClasses(testClasses);
    }

    /**
     * The container only signals its server to stop; waiting here keeps the next test class from
     * running beside a server that is still shutting down (its message consumer is still listening).
     */
    static void awaitStopped() throws InterruptedException, ExecutionException {
        String jar = home().resolve("payara-micro.jar").toAbsolutePath().toString();
        for (ProcessHandle server : ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).contains(jar)).toList()) {
            try {
                server.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                server.destroyForcibly();
            }
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("kiorex.incontainer.home", "target/incontainer"));
    }

    /**
     * The container puts its deployment first on Payara's command line, but the WAR's message-driven
     * bean needs the Artemis adapter deployed before it. Payara Micro deploys what its jar carries in
     * MICRO-INF/deploy (the uber-jar layout) before any command-line deployment, so the server runs
     * from a copy of the same payara-micro.jar with the adapter added there (about a second).
     */
    private static void buildJarDeployingTheAdapterFirst(Path dist, Path home) throws IOException {
        Path jar = home.resolve("payara-micro.jar");
        Files.copy(dist.resolve("payara-micro.jar"), jar);
        try (FileSystem contents = FileSystems.newFileSystem(jar)) {
            Path deploy = Files.createDirectories(contents.getPath("MICRO-INF", "deploy"));
            Files.copy(dist.resolve("artemis-ra.rar"), deploy.resolve("artemis-ra.rar"));
        }
    }

    /**
     * The container exports each deployment to a new temporary directory and never deletes it (23 MB
     * a run). Failsafe points the temporary directory at this module's target/, so earlier runs'
     * copies there are ours to delete.
     */
    private static void deleteEarlierDeploymentCopies() throws IOException {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!scratch.endsWith(Path.of("system-tests", "target"))) {
            return;
        }
        try (var copies = Files.newDirectoryStream(scratch, "arquillian-payara-micro*")) {
            for (Path copy : copies) {
                Archives.deleteRecursively(copy);
            }
        }
    }
}
