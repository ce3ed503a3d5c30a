package dev.openrama.runtime.data.codec;

/**
 * The leading bytes of the order-preserving key encoding. Their numeric order is the order
 * between types: nil, booleans, numbers, characters, strings, keywords, symbols, UUIDs,
 * sequentials, maps, sets, records, byte arrays. Stored on disk: never renumber.
 */
final class KeyTags {
  /** Ends a collection; below every tag, so a prefix sorts first ([1] before [1 2]). */
  static final int END = 0x00;
  static final int NIL = 0x10;
  static final int FALSE = 0x20;
  static final int TRUE = 0x21;
  static final int NEG_INF = 0x30;
  static final int NEG = 0x31;
  static final int ZERO = 0x32;
  static final int POS = 0x33;
  static final int POS_INF = 0x34;
  static final int NAN = 0x35;
  static final int CHAR = 0x50;
  static final int STRING = 0x60;
  static final int KEYWORD = 0x68;
  static final int SYMBOL = 0x6C;
  static final int UUID = 0x70;
  static final int SEQUENTIAL = 0x80;
  static final int MAP = 0x90;
  static final int SET = 0x98;
  static final int RECORD = 0xA0;
  static final int BYTES = 0xB0;

  /** Number categories after the magnitude: the order of numerically equal values. */
  static final int CAT_INTEGER = 1;
  static final int CAT_RATIO = 2;
  static final int CAT_DECIMAL = 3;
  static final int CAT_FLOATING = 4;

  private KeyTags() {}
}
