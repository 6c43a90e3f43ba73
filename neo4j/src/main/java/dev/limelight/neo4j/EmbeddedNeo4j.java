package dev.limelight.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Neo4j Community started through the documented embedded API, for local dev
 * and tests. Driven by src/graph/embedded-neo4j.ts, which reads one line from
 * stdout: {@code READY bolt://127.0.0.1:<port>} on success, or
 * {@code FAILED <message>} on stderr plus a non-zero exit on failure.
 *
 * <p>Usage: {@code EmbeddedNeo4j --port <bolt port> --data-dir <dir>}, or the
 * env vars LIMELIGHT_NEO4J_BOLT_PORT / LIMELIGHT_NEO4J_DATA_DIR.
 *
 * <p>Stdin EOF means the parent is gone (even after a SIGKILL of the parent the
 * kernel closes the pipe), so we shut down rather than linger as an orphan.
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final Duration AVAILABLE_TIMEOUT = Duration.ofMinutes(5);
    private static final long STARTUP_WAIT_ON_EXIT_SECONDS = 120;
    private static final String NO_IMPORT_DIR = "no-import";

    private static final AtomicReference<DatabaseManagementService> SERVICE = new AtomicReference<>();
    private static final AtomicBoolean SHUTDOWN_DONE = new AtomicBoolean();
    // Released once build() has returned or thrown, so an early exit can still
    // close a half-started store cleanly instead of halting mid-recovery.
    private static final CountDownLatch STARTUP_SETTLED = new CountDownLatch(1);
    // Held for the life of the process; released by the OS however we die.
    private static FileLock dataDirLock;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Captured before Neo4j/log4j get a chance to touch System.out.
        PrintStream stdout = System.out;
        int port;
        Path dataDir;
        try {
            port = Integer.parseInt(option(args, "--port", "LIMELIGHT_NEO4J_BOLT_PORT"));
            dataDir = Path.of(option(args, "--data-dir", "LIMELIGHT_NEO4J_DATA_DIR")).toAbsolutePath();
        } catch (RuntimeException e) {
            fail("bad arguments: " + e.getMessage()
                    + " (usage: EmbeddedNeo4j --port <bolt port> --data-dir <dir>)");
            return;
        }

        String password;
        try {
            password = BoltPassword.readFirstLine(System.in);
        } catch (IOException e) {
            fail("no password: " + e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));
        startStdinWatchdog();

        DatabaseManagementService service;
        try {
            lockDataDir(dataDir);
            BoltPassword.seedInitialUser(dataDir, password);
            service = build(port, dataDir);
        } catch (Throwable e) {
            STARTUP_SETTLED.countDown();
            fail(describe(e));
            return;
        }
        SERVICE.set(service);
        STARTUP_SETTLED.countDown();

        try {
            awaitReady(service, port);
            BoltPassword.enforce(service, password);
        } catch (Throwable e) {
            fail(describe(e));
            return;
        }
        stdout.println("READY bolt://" + HOST + ":" + port);
        stdout.flush();
    }

    private static void awaitReady(DatabaseManagementService service, int port) throws IOException {
        String name = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        if (!service.database(name).isAvailable(AVAILABLE_TIMEOUT.toMillis())) {
            throw new IllegalStateException("database '" + name + "' did not become available within " + AVAILABLE_TIMEOUT);
        }
        // A Bolt bind failure may be logged rather than thrown; only claim
        // READY once our own listener really accepts connections.
        probeBolt(port);
    }

    private static DatabaseManagementService build(int port, Path dataDir) throws IOException {
        Path logsDir = dataDir.resolve("logs");
        Files.createDirectories(logsDir);
        OutputStream userLog = Files.newOutputStream(logsDir.resolve("neo4j.log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        return new DatabaseManagementServiceBuilder(dataDir)
                .setUserLogProvider(new Log4jLogProvider(userLog))
                .setConfig(GraphDatabaseSettings.logs_directory, logsDir)
                // Everything that could listen binds to loopback only.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Internal settings: each defaults to a fixed 5 s wait, so an
                // idle server otherwise needs ~10 s to stop (slow tests, slow
                // Ctrl-C). Open connections are still closed, just sooner.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                // Server-side routing would open a second port (7688) and make
                // side-by-side instances collide; a single dev server needs none.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Loopback is not a boundary: any local process could otherwise
                // read and write the graph around the API keys.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV FROM 'file:///...' refused by Neo4j itself, and no
                // import directory: the root names a folder nothing creates.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, dataDir.resolve(NO_IMPORT_DIR))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Modest footprint: several instances may run at once next to
                // the test suite on a small machine. The page cache is off-heap.
                // LIMELIGHT_NEO4J_PAGECACHE (src/config.ts) arrives as -Dlimelight.pagecache.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes())
                // All transactions together stay well below the 1.5 GiB heap
                // (src/graph/embedded-neo4j.ts), leaving ~512 MiB for Bolt, query
                // caches and GC. One transaction may take half of it: the biggest
                // the service runs, loading the Wikidata seed (18.5k people in one
                // write), peaked at 304 MiB tracked and failed at a 256 MiB limit.
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, mebibytes(1024))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, mebibytes(512))
                // Preallocation would reserve 256 MB of disk per data dir.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();
    }

    /** "256m" or "4g" (checked by src/config.ts); 256 MiB when unset. */
    static long pageCacheBytes() {
        String size = System.getProperty("limelight.pagecache", "256m").trim().toLowerCase();
        long amount = Long.parseLong(size.substring(0, size.length() - 1));
        return size.endsWith("g") ? amount * 1024L * 1024L * 1024L : mebibytes(amount);
    }

    /**
     * Neo4j's own store_lock would also refuse a second process, but only after
     * that process has opened and appended to the logs in the same directory
     * and spent seconds starting and stopping. Failing here touches nothing.
     */
    private static void lockDataDir(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve("embedded-neo4j.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            dataDirLock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            dataDirLock = null;
        }
        if (dataDirLock == null) {
            channel.close();
            throw new IOException("data dir " + dataDir + " is already in use by another Neo4j process (" + lockFile
                    + " is locked)");
        }
    }

    private static void probeBolt(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 5_000);
        } catch (IOException e) {
            throw new IOException("Bolt connector is not accepting connections on " + HOST + ":" + port, e);
        }
    }

    private static void startStdinWatchdog() {
        Thread watchdog = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone too.
            }
            System.exit(0);
        }, "stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void shutdown() {
        if (!SHUTDOWN_DONE.compareAndSet(false, true)) {
            return;
        }
        try {
            STARTUP_SETTLED.await(STARTUP_WAIT_ON_EXIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService service = SERVICE.getAndSet(null);
        if (service != null) {
            service.shutdown();
        }
    }

    private static String option(String[] args, String flag, String env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(flag) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(flag + "=")) {
                return args[i].substring(flag.length() + 1);
            }
        }
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + flag + " (or env " + env + ")");
        }
        return value;
    }

    /** Neo4j wraps the interesting cause several levels deep; show the chain. */
    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String part = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            // Lifecycle wrappers only repeat their cause's message in quotes.
            boolean wrapper = part.startsWith("Component '") && part.contains("failed to");
            if (!wrapper && message.indexOf(part) < 0) {
                message.append(message.length() == 0 ? "" : " <- ").append(part);
            }
        }
        return message.toString().replace('\n', ' ');
    }

    private static void fail(String message) {
        if (SHUTDOWN_DONE.get()) {
            // We were told to stop mid-startup; errors from the store closing
            // under us are expected, and System.exit would now block forever.
            return;
        }
        System.err.println("FAILED " + message);
        System.err.flush();
        // Runs the shutdown hook, which closes anything that did start.
        System.exit(1);
    }

    private static long mebibytes(long n) {
        return n * 1024 * 1024;
    }
}
