package org.campaigntracker.core.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The key file: {@code current=<base64>} then one {@code retired=<base64>} line per older key, which stays so that
 * older backups remain readable. Owner-only (0600), written atomically (a crash mid-rotation never leaves a file
 * without the key the data is sealed with).
 */
public final class KeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    public KeyFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    public Sealer read() {
        try {
            if (isPosix() && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
                throw new DataKeyException("privacy.key_file_open", path);
            }
            DataKey current = null;
            List<DataKey> retired = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.startsWith("current=")) {
                    current = DataKey.fromBase64(line.substring("current=".length()));
                } else if (line.startsWith("retired=")) {
                    retired.add(DataKey.fromBase64(line.substring("retired=".length())));
                }
            }
            if (current == null) {
                throw new DataKeyException("privacy.key_file_empty", path);
            }
            return new Sealer(current, retired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + path, e);
        }
    }

    /** Creates the file with a new key; fails if another process created it first, then that one is read. */
    public Sealer create() {
        try {
            Files.createDirectories(path.getParent());
            write(new Sealer(DataKey.generate(), List.of()), List.of(), false);
        } catch (FileAlreadyExistsException e) {
            // Two commands started at once: the first one's key wins.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key file " + path, e);
        }
        return read();
    }

    /** Makes {@code next} the current key and keeps every key of {@code previous} as retired. */
    public Sealer rotate(Sealer previous, DataKey next) {
        List<DataKey> retired = new ArrayList<>(previous.keys());
        Sealer rotated = new Sealer(next, retired);
        try {
            write(rotated, retired, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + path, e);
        }
        return rotated;
    }

    private void write(Sealer sealer, List<DataKey> retired, boolean replace) throws IOException {
        StringBuilder text = new StringBuilder("# Campaign Tracker data key: keep it secret, back it up apart from the "
                + "database.\n# Retired keys open values and backups sealed before a rotation.\n");
        text.append("current=").append(sealer.current().toBase64()).append('\n');
        retired.stream().filter(k -> !k.id().equals(sealer.current().id()))
                .forEach(k -> text.append("retired=").append(k.toBase64()).append('\n'));
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (isPosix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        if (replace) {
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            try {
                Files.createLink(path, tmp);
            } finally {
                Files.delete(tmp);
            }
        }
    }

    private boolean isPosix() {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
