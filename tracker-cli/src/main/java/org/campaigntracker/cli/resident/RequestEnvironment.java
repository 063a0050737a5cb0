package org.campaigntracker.cli.resident;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's environment as a command run by the resident must see it. Two things differ from a direct run and
 * are handled here: relative paths would resolve against the resident's working directory, and a few variables set
 * JVM-wide defaults (time zone for "today", default locale, JVM options) fixed when the resident started.
 */
final class RequestEnvironment {

    /** Variables that hold folders, made absolute against the caller's working directory. */
    private static final List<String> FOLDERS = List.of("TRACKER_HOME", "XDG_DATA_HOME", "HOME");

    /** Variables the JVM reads once at start: a request that sets them differently is not served. */
    private static final List<String> JVM_WIDE = List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_NUMERIC",
            "LC_TIME", "LC_MESSAGES", "JAVA_HOME", "TRACKER_JAVA_OPTS");

    private RequestEnvironment() {
    }

    static Map<String, String> resolve(Map<String, String> env, String cwd) {
        Map<String, String> resolved = new HashMap<>(env);
        for (String name : FOLDERS) {
            String value = env.get(name);
            if (value != null && !value.isBlank() && !Path.of(value).isAbsolute()) {
                resolved.put(name, Path.of(cwd).resolve(value).normalize().toString());
            }
        }
        return Map.copyOf(resolved);
    }

    /** True when the caller's JVM-wide settings are the resident's: time zone, locale, JVM options. */
    static boolean sameJvmDefaults(Map<String, String> resident, Map<String, String> caller) {
        return JVM_WIDE.stream().allMatch(name -> Objects.equals(resident.get(name), caller.get(name)));
    }
}
