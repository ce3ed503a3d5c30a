package dev.openrama.runtime.engine.storage;

/**
 * Process-wide Chronicle settings, applied before any Chronicle class loads.
 *
 * <p>Chronicle otherwise tries to reach an analytics host, writes files in the home directory and
 * logs to stderr, where a program's golden {@code .err} would see it (DESIGN.md 6.1). Every
 * entry point into the storage engine calls {@link #ensureConfigured()} first; explicit
 * {@code -D} flags win over the defaults set here.
 */
public final class ChronicleSystem {
    private static volatile boolean configured;

    private ChronicleSystem() {}

    public static void ensureConfigured() {
        if (configured) return;
        synchronized (ChronicleSystem.class) {
            if (configured) return;
            setDefault("chronicle.analytics.disable", "true");
            setDefault("chronicle.announcer.disable", "true");
            setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            setDefault("org.slf4j.simpleLogger.logFile",
                    System.getProperty("java.io.tmpdir") + "/openrama-chronicle.log");
            configured = true;
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
