package dev.openrama.bench;

/**
 * The JVM flags every benchmark fork needs (DESIGN.md 6.1; the parent pom's
 * {@code chronicle.jvm.flags}). Annotation values must be constants, hence one field per flag.
 */
final class ForkFlags {
  static final String LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
  static final String REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
  static final String IO = "--add-opens=java.base/java.io=ALL-UNNAMED";
  static final String UTIL = "--add-opens=java.base/java.util=ALL-UNNAMED";
  static final String NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";
  static final String NIO_CH = "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED";
  static final String REF = "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED";
  static final String MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
  static final String SUN_MISC = "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED";
  static final String JAVAC_FILE = "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED";
  static final String JAVAC = "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED";
  static final String NO_ANALYTICS = "-Dchronicle.analytics.disable=true";
  static final String NO_ANNOUNCER = "-Dchronicle.announcer.disable=true";

  private ForkFlags() {}
}
