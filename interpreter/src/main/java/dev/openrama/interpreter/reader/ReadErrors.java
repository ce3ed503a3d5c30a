package dev.openrama.interpreter.reader;

import dev.openrama.runtime.data.SourceSpan;

/**
 * Every message the reader reports, in one place so they read alike. The wording follows Clojure
 * 1.12's {@code LispReader} where Clojure has a message; EOF messages say what was left open and
 * where.
 */
final class ReadErrors {
  private ReadErrors() {}

  // --- input that ends too early: the REPL reads another line ---

  static IncompleteInputError unclosed(SourceSpan open, String close, String opener) {
    return new IncompleteInputError(
        "EOF while reading, expected " + close + " to close " + opener + " at " + at(open), open);
  }

  static IncompleteInputError formExpectedAfter(SourceSpan macro, String macroText) {
    return new IncompleteInputError(
        "EOF while reading, expected a form after " + macroText + " at " + at(macro), macro);
  }

  static IncompleteInputError eofInString(SourceSpan start) {
    return new IncompleteInputError("EOF while reading string", start);
  }

  static IncompleteInputError eofInRegex(SourceSpan start) {
    return new IncompleteInputError("EOF while reading regex", start);
  }

  static IncompleteInputError eofInCharacter(SourceSpan at) {
    return new IncompleteInputError("EOF while reading character", at);
  }

  static IncompleteInputError eof(SourceSpan at) {
    return new IncompleteInputError("EOF while reading", at);
  }

  // --- structure ---

  static ReadError unmatchedDelimiter(SourceSpan at, String delimiter) {
    return new ReadError("Unmatched delimiter: " + delimiter, at);
  }

  static ReadError unexpected(SourceSpan at, String text) {
    return new ReadError("Unexpected input: " + text, at);
  }

  static ReadError nestedTooDeeply(SourceSpan at) {
    return new ReadError("Form nested too deeply to read", at);
  }

  static ReadError oddMap(SourceSpan at) {
    return new ReadError("Map literal must contain an even number of forms", at);
  }

  /** {@code message} is the collection's own "Duplicate key: k". */
  static ReadError duplicateKey(SourceSpan at, String message) {
    return new ReadError(message, at);
  }

  // --- tokens ---

  static ReadError invalidToken(SourceSpan at, String token) {
    return new ReadError("Invalid token: " + token, at);
  }

  static ReadError invalidNumber(SourceSpan at, String token) {
    return new ReadError("Invalid number: " + token, at);
  }

  static ReadError numberError(SourceSpan at, String token, String why) {
    return new ReadError("Invalid number: " + token + " (" + why + ")", at);
  }

  /** {@code message} is the runtime's {@code CharNames} message, which is Clojure's. */
  static ReadError badCharacter(SourceSpan at, String message) {
    return new ReadError(message, at);
  }

  static ReadError invalidDigit(SourceSpan at, char c) {
    return new ReadError("Invalid digit: " + c, at);
  }

  static ReadError octalRange(SourceSpan at) {
    return new ReadError("Octal escape sequence must be in range [0, 377].", at);
  }

  static ReadError unsupportedEscape(SourceSpan at, char c) {
    return new ReadError("Unsupported escape character: \\" + c, at);
  }

  static ReadError invalidUnicodeEscape(SourceSpan at, char c) {
    return new ReadError("Invalid unicode escape: \\u" + c, at);
  }

  static ReadError invalidCharacterLength(SourceSpan at, int found, int expected) {
    return new ReadError(
        "Invalid character length: " + found + ", should be: " + expected, at);
  }

  static ReadError invalidRegex(SourceSpan at, String description) {
    return new ReadError("Invalid regex: " + description, at);
  }

  // --- dispatch macros ---

  static ReadError noDispatchMacro(SourceSpan at, String c) {
    return new ReadError("No dispatch macro for: " + c, at);
  }

  static ReadError unreadable(SourceSpan at) {
    return new ReadError("Unreadable form", at);
  }

  static ReadError readEval(SourceSpan at) {
    return new ReadError("#= (read-time evaluation) is not supported", at);
  }

  static ReadError metadataType(SourceSpan at) {
    return new ReadError("Metadata must be Symbol,Keyword,String,Map or Vector", at);
  }

  static ReadError metadataTarget(SourceSpan at) {
    return new ReadError("Metadata can only be applied to IMetas", at);
  }

  static ReadError nestedFn(SourceSpan at) {
    return new ReadError("Nested #()s are not allowed", at);
  }

  static ReadError argLiteral(SourceSpan at) {
    return new ReadError("arg literal must be %, %& or %integer", at);
  }

  static ReadError unknownSymbolic(SourceSpan at, Object sym) {
    return new ReadError("Unknown symbolic value: ##" + sym, at);
  }

  static ReadError invalidSymbolic(SourceSpan at, String printed) {
    return new ReadError("Invalid token: ##" + printed, at);
  }

  static ReadError tagNotSymbol(SourceSpan at) {
    return new ReadError("Reader tag must be a symbol", at);
  }

  static ReadError noReaderFunction(SourceSpan at, Object tag) {
    return new ReadError("No reader function for tag " + tag, at);
  }

  static ReadError tagged(SourceSpan at, String message, Throwable cause) {
    return new ReadError(message, at, cause);
  }

  // --- reader conditionals ---

  static ReadError readCondBodyNotList(SourceSpan at) {
    return new ReadError("read-cond body must be a list", at);
  }

  static ReadError readCondOdd(SourceSpan at) {
    return new ReadError("read-cond requires an even number of forms", at);
  }

  static ReadError featureNotKeyword(SourceSpan at, String printed) {
    return new ReadError("Feature should be a keyword: " + printed, at);
  }

  static ReadError reservedFeature(SourceSpan at, Object feature) {
    return new ReadError("Feature name " + feature + " is reserved.", at);
  }

  static ReadError splicingAtTopLevel(SourceSpan at) {
    return new ReadError("Reader conditional splicing not allowed at the top level.", at);
  }

  static ReadError splicedNotList(SourceSpan at) {
    return new ReadError(
        "Spliced form list in read-cond-splicing must implement java.util.List", at);
  }

  static ReadError conditionalNotOneForm(SourceSpan at, int count) {
    return new ReadError(
        "Reader conditional must produce exactly one form here, but produced " + count, at);
  }

  // --- namespaced maps ---

  static ReadError nsMapNoMap(SourceSpan at) {
    return new ReadError("Namespaced map must specify a map", at);
  }

  static ReadError nsMapNoNamespace(SourceSpan at) {
    return new ReadError("Namespaced map must specify a namespace", at);
  }

  static ReadError nsMapInvalidNamespace(SourceSpan at, String ns) {
    return new ReadError("Namespaced map must specify a valid namespace: " + ns, at);
  }

  static ReadError nsMapUnknownAlias(SourceSpan at, String alias) {
    return new ReadError("Unknown auto-resolved namespace alias: " + alias, at);
  }

  static ReadError nsMapOdd(SourceSpan at) {
    return new ReadError("Namespaced map literal must contain an even number of forms", at);
  }

  // --- syntax-quote ---

  static ReadError spliceNotInList(SourceSpan at) {
    return new ReadError("splice not in list", at);
  }

  private static String at(SourceSpan s) {
    return s.line() + ":" + s.column();
  }
}
