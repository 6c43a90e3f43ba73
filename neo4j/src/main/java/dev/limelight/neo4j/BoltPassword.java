package dev.limelight.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.commandline.admin.security.PasswordCommand;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The password of Neo4j's {@code neo4j} user. Node generates it and keeps it in
 * {@code <data dir>/credentials.json}; it reaches us on the first line of stdin,
 * never in argv (visible to every user in {@code ps}) or the environment.
 */
final class BoltPassword {
    static final String USER = "neo4j";
    // Neo4j 5 refuses shorter passwords (dbms.security.auth_minimum_password_length).
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LINE = 1024;
    private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

    private BoltPassword() {}

    /** Reads up to the first newline; EOF first means the parent is already gone. */
    static String readFirstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("stdin closed before the password line");
            if (line.length() >= MAX_LINE) throw new IOException("password line longer than " + MAX_LINE + " bytes");
            if (b != '\r') line.append((char) b);
        }
        String password = line.toString();
        if (password.length() < MIN_LENGTH) {
            throw new IOException("the password on stdin must have at least " + MIN_LENGTH + " characters");
        }
        return password;
    }

    /**
     * What {@code neo4j-admin dbms set-initial-password} does: an {@code auth.ini}
     * that the system database takes its first user from when it is created. So a
     * fresh store never accepts the default neo4j/neo4j, not even for a moment.
     * Ignored by Neo4j once the system database exists; {@link #enforce} covers that.
     */
    static void seedInitialUser(Path dataDir, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dataDir).build();
        if (Files.exists(config.get(GraphDatabaseSettings.data_directory).resolve("databases").resolve("system"))) {
            return;
        }
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.deleteIfExists(file);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        try {
            byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
            users.create(new User(USER, null,
                    SystemGraphCredential.createCredentialForPassword(bytes, PasswordCommand.secureHasher), false, false));
        } finally {
            users.shutdown();
        }
    }

    /**
     * Makes the store's password the one we were given, whatever it was: a store made
     * while auth was off still has neo4j/neo4j (change required), and a store whose
     * credentials.json was deleted gets the new one. Embedded transactions run with
     * full rights, so this needs no old password.
     */
    static void enforce(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Every start after the first: Neo4j refuses to "change" a password to itself,
            // which is the proof that the store already has the one we were given.
            if (!isSamePassword(e)) throw e;
        }
    }

    private static boolean isSamePassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(SAME_PASSWORD)) return true;
        }
        return false;
    }
}
