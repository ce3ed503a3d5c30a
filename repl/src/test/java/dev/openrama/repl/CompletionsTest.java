package dev.openrama.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openrama.interpreter.SourceLoader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompletionsTest {
  private final ReplRuntime rt = new ReplRuntime(new ByteArrayInputStream(new byte[0]),
      new StringWriter(), new StringWriter(), new SourceLoader.Paths());
  private final ReplSession session = rt.newSession(null, null);

  @AfterEach
  void close() {
    rt.close();
  }

  private void eval(String code) {
    session.evalEntry(code, new ReplSession.Listener() {
      @Override
      public void value(Object v) {}

      @Override
      public void error(Throwable t) {
        throw new AssertionError(t);
      }
    });
  }

  private List<String> complete(String prefix) {
    return session.within(() -> Completions.of(rt.interpreter(), prefix)).stream()
        .map(Completions.Candidate::text).collect(Collectors.toList());
  }

  @Test
  void aliasesReferredVarsAndPrivateVarsOfTheCurrentNamespace() {
    eval("(ns comp.demo (:require [clojure.string :as str] [clojure.set :refer [union]]))"
        + "(defn- hidden-helper [])");
    assertThat(complete("str/trim")).contains("str/trim", "str/triml", "str/trimr");
    assertThat(complete("uni")).contains("union");
    assertThat(complete("hidden-")).containsExactly("hidden-helper");
    assertThat(complete("st")).contains("str", "string?");
  }

  @Test
  void privateVarsOfOtherNamespacesAreNotOffered() {
    eval("(ns comp.a) (defn- secret []) (defn open [])");
    eval("(ns comp.b)");
    assertThat(complete("comp.a/")).containsExactly("comp.a/open");
  }

  @Test
  void javaMembersAndKeywords() {
    eval("(import 'java.util.UUID) [:comp-kw-one ::comp-kw-two]");
    assertThat(complete("UUID/randomU")).containsExactly("UUID/randomUUID");
    assertThat(complete("Integer/MAX_")).containsExactly("Integer/MAX_VALUE");
    assertThat(complete(".getLeastSig")).containsExactly(".getLeastSignificantBits");
    assertThat(complete(":comp-kw")).containsExactly(":comp-kw-one");
    assertThat(complete("::comp-kw")).containsExactly("::comp-kw-two");
  }

  @Test
  void specialFormsAndNamespaces() {
    assertThat(complete("loop")).contains("loop", "loop*");
    assertThat(complete("clojure.stri")).contains("clojure.string");
  }
}
