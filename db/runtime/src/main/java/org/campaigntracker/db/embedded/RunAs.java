package org.campaigntracker.db.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How PostgreSQL commands are launched. initdb and postgres refuse to run as root, so as root they
 * are either put into a fresh user namespace (where they see themselves as an unprivileged user while
 * the kernel still lets them access root's files) or dropped to an unprivileged user with setpriv.
 */
final class RunAs {
    /** Forces a strategy ({@code direct}, {@code unshare} or {@code setpriv}); meant for tests and troubleshooting. */
    static final String PROPERTY = "tracker.pg.runAs";

    enum Strategy { DIRECT, UNSHARE, SETPRIV }

    private static final Logger LOG = LoggerFactory.getLogger(RunAs.class);
    private static final int FALLBACK_NOBODY = 65534;
    private static volatile Strategy detected;

    private final Strategy strategy;
    private final int uid;
    private final int gid;

    private RunAs(Strategy strategy, int uid, int gid) {
        this.strategy = strategy;
        this.uid = uid;
        this.gid = gid;
    }

    Strategy strategy() {
        return strategy;
    }

    /**
     * Chooses how to run PostgreSQL for {@code dataDir}. An existing data folder owned by another user
     * than root pins the choice to that user: the server files are only accessible to it.
     */
    static RunAs forDataFolder(Path dataDir) {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) {
            Strategy s;
            try {
                s = Strategy.valueOf(forced.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EmbeddedPostgresException("Unknown value '" + forced + "' for -D" + PROPERTY
                        + "; use direct, unshare or setpriv.");
            }
            return s == Strategy.SETPRIV ? setprivAsNobody() : new RunAs(s, -1, -1);
        }
        if (!isRoot()) {
            return new RunAs(Strategy.DIRECT, -1, -1);
        }
        // Before initdb the data folder is missing, but its parent already tells whom it was handed over to.
        Path owned = Files.exists(dataDir) ? dataDir : dataDir.getParent();
        Integer owner = owned == null ? null : attribute(owned, "unix:uid");
        if (owner != null && owner != 0) {
            return new RunAs(Strategy.SETPRIV, owner, attribute(owned, "unix:gid"));
        }
        return detect() == Strategy.UNSHARE ? new RunAs(Strategy.UNSHARE, -1, -1) : setprivAsNobody();
    }

    List<String> wrap(List<String> command) {
        List<String> result = new ArrayList<>();
        switch (strategy) {
            case UNSHARE -> result.addAll(List.of("unshare", "-U"));
            case SETPRIV -> result.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
            case DIRECT -> { }
        }
        result.addAll(command);
        return result;
    }

    /** Whether the user PostgreSQL runs as can reach {@code path} (every parent must be searchable). */
    boolean canReach(Path path) {
        if (strategy != Strategy.SETPRIV) {
            return true;
        }
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !mayTraverse(p)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses early, with advice, when the unprivileged user could not reach the home folder. */
    void checkCanReach(Path folder) {
        if (strategy != Strategy.SETPRIV) {
            return;
        }
        for (Path p = folder.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !mayTraverse(p)) {
                throw new EmbeddedPostgresException("PostgreSQL cannot run as root and the user it falls back to (uid "
                        + uid + ") cannot open " + p + ", which holds " + folder
                        + "; run Campaign Tracker as a non-root user, set TRACKER_HOME to a folder such as"
                        + " /var/lib/campaign-tracker, or set TRACKER_DB_URL to use an external PostgreSQL.");
            }
        }
    }

    /** Hands the files PostgreSQL itself writes to the unprivileged user; root keeps access either way. */
    void handOver(Path... paths) throws IOException {
        if (strategy != Strategy.SETPRIV) {
            return;
        }
        for (Path p : paths) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private boolean mayTraverse(Path dir) {
        Integer mode = attribute(dir, "unix:mode");
        Integer owner = attribute(dir, "unix:uid");
        Integer group = attribute(dir, "unix:gid");
        if (mode == null || owner == null || group == null) {
            return false;
        }
        int bit = owner == uid ? 0100 : group == gid ? 0010 : 0001;
        return (mode & bit) != 0;
    }

    private static RunAs setprivAsNobody() {
        int nobodyUid = idFromFile(Path.of("/etc/passwd"), "nobody", FALLBACK_NOBODY);
        int nogroupGid = idFromFile(Path.of("/etc/group"), "nogroup",
                idFromFile(Path.of("/etc/group"), "nobody", FALLBACK_NOBODY));
        return new RunAs(Strategy.SETPRIV, nobodyUid, nogroupGid);
    }

    private static Strategy detect() {
        Strategy s = detected;
        if (s == null) {
            s = commandSucceeds("unshare", "-U", "true") ? Strategy.UNSHARE : Strategy.SETPRIV;
            LOG.debug("Running as root; PostgreSQL will be started with strategy {}", s);
            detected = s;
        }
        return s;
    }

    static boolean isRoot() {
        Integer uid = attribute(Path.of("/proc/self"), "unix:uid");
        return uid != null ? uid == 0 : "root".equals(System.getProperty("user.name"));
    }

    private static boolean commandSucceeds(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int idFromFile(Path file, String name, int fallback) {
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(":");
                if (fields.length > 2 && fields[0].equals(name)) {
                    return Integer.parseInt(fields[2]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("Could not look up {} in {}: {}", name, file, e.toString());
        }
        return fallback;
    }

    private static Integer attribute(Path path, String name) {
        try {
            return (Integer) Files.getAttribute(path, name);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
