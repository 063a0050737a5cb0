package org.campaigntracker.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds, in changelog files, what the migrator cannot apply inside its single transaction: a changeset declaring
 * {@code runInTransaction:false}, statements PostgreSQL refuses in a transaction block, an enum value added (it
 * cannot be used before a commit), and statements that would end the transaction half-way.
 */
final class ChangelogScan {

    private static final Map<String, Pattern> OUTSIDE = new LinkedHashMap<>();

    static {
        OUTSIDE.put("concurrently", Pattern.compile("\\bconcurrently\\b"));
        OUTSIDE.put("vacuum", Pattern.compile("\\bvacuum\\b"));
        OUTSIDE.put("create or drop database", Pattern.compile("\\b(create|drop)\\s+database\\b"));
        OUTSIDE.put("tablespace", Pattern.compile("\\btablespace\\b"));
        OUTSIDE.put("alter system", Pattern.compile("\\balter\\s+system\\b"));
        OUTSIDE.put("alter type ... add value", Pattern.compile("\\badd\\s+value\\b"));
        OUTSIDE.put("transaction control", Pattern.compile("\\b(commit|rollback|begin|start\\s+transaction)\\s*;"));
    }

    private ChangelogScan() {
    }

    /** One line per finding, {@code <file>: <what>}, in changelog order; empty when every changeset fits. */
    static List<String> outsideATransaction(List<String> files) {
        List<String> findings = new ArrayList<>();
        for (String file : files) {
            String text = SchemaChangelog.read(file).toLowerCase(java.util.Locale.ROOT);
            if (text.lines().anyMatch(l -> l.startsWith("--changeset ") && l.contains("runintransaction:false"))) {
                findings.add(file + ": runInTransaction:false");
            }
            // Comments (and the --rollback lines) are prose or run only on rollback: look at the statements.
            String statements = text.replaceAll("--[^\\n]*", "");
            OUTSIDE.forEach((what, pattern) -> {
                if (pattern.matcher(statements).find()) {
                    findings.add(file + ": " + what);
                }
            });
        }
        return findings;
    }
}
