package org.campaigntracker.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Liquibase changelog shipped on the classpath, and a fingerprint of its whole content. */
public final class SchemaChangelog {

    public static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final Pattern INCLUDE = Pattern.compile("file:\\s*([^,}\\s]+)");

    private SchemaChangelog() {
    }

    /** The files the master includes, in order, as classpath resource names. */
    public static List<String> files() {
        return files(MASTER);
    }

    /** The files another master changelog includes (tests migrate with changelogs of their own). */
    static List<String> files(String master) {
        List<String> files = new ArrayList<>();
        String dir = master.substring(0, master.lastIndexOf('/') + 1);
        for (String line : read(master).split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = INCLUDE.matcher(line);
            if (m.find()) {
                files.add(dir + m.group(1));
            }
        }
        return files;
    }

    /** How many changesets the files hold (a file may hold several), as Liquibase will record them. */
    public static int changesetCount() {
        return changesetCount(files());
    }

    static int changesetCount(List<String> files) {
        int count = 0;
        for (String file : files) {
            for (String line : read(file).split("\n")) {
                if (line.startsWith("--changeset ")) {
                    count++;
                }
            }
        }
        return count;
    }

    /** SHA-256 over the master and every included file: changes whenever any changeset changes. */
    public static String sha256() {
        return sha256(MASTER);
    }

    static String sha256(String master) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(read(master).getBytes(StandardCharsets.UTF_8));
            for (String file : files(master)) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(read(file).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String resource) {
        try (InputStream in = SchemaChangelog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("changelog resource missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
