package dev.openrama.runtime.data.codec;

/**
 * The one-byte type tags of the value codec. Stored on disk: never renumber, only append.
 */
final class Tags {
  static final byte NIL = 0;
  static final byte TRUE = 1;
  static final byte FALSE = 2;
  static final byte LONG = 3;
  static final byte INT = 4;
  static final byte SHORT = 5;
  static final byte BYTE = 6;
  static final byte DOUBLE = 7;
  static final byte FLOAT = 8;
  static final byte BIGINT = 9;
  static final byte BIGDEC = 10;
  static final byte RATIO = 11;
  static final byte STRING = 12;
  static final byte KEYWORD = 13;
  static final byte SYMBOL = 14;
  static final byte CHAR = 15;
  static final byte UUID = 16;
  static final byte BYTES = 17;
  static final byte LIST = 18;
  static final byte VECTOR = 19;
  static final byte ARRAY_MAP = 20;
  static final byte HASH_MAP = 21;
  static final byte HASH_SET = 22;
  static final byte SORTED_MAP = 23;
  static final byte SORTED_SET = 24;
  static final byte RECORD = 25;
  static final byte MAP_ENTRY = 26;
  static final byte QUEUE = 27;
  static final byte JAVA_LIST = 28;
  static final byte JAVA_MAP = 29;
  static final byte JAVA_SET = 30;
  static final byte LONG_ARRAY = 31;
  static final byte INT_ARRAY = 32;
  static final byte DOUBLE_ARRAY = 33;
  static final byte FLOAT_ARRAY = 34;
  static final byte SHORT_ARRAY = 35;
  static final byte CHAR_ARRAY = 36;
  static final byte BOOLEAN_ARRAY = 37;
  static final byte EXTENSION = 38;

  private Tags() {}
}
