package dev.openrama.repl;

import java.io.InputStream;
import java.io.PrintStream;

/** The {@code rama} command. All behaviour is in {@link Cli#run}, which tests call directly. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty("chronicle.analytics.disable", "true");
    System.setProperty("chronicle.announcer.disable", "true");
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.exit(Cli.run(args, in, out, err));
  }
}
