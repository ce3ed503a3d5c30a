package dev.openrama.runtime.data.codec;

/** Decoding of primitive arrays (other than {@code byte[]}), kept apart from the hot tags. */
final class PrimitiveArrays {
  private PrimitiveArrays() {}

  static Object read(byte tag, ValueReader in) {
    switch (tag) {
      case Tags.LONG_ARRAY: {
        long[] a = new long[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readLong();
        }
        return a;
      }
      case Tags.INT_ARRAY: {
        int[] a = new int[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readInt();
        }
        return a;
      }
      case Tags.DOUBLE_ARRAY: {
        double[] a = new double[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readDouble();
        }
        return a;
      }
      case Tags.FLOAT_ARRAY: {
        float[] a = new float[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = Float.intBitsToFloat(in.readInt());
        }
        return a;
      }
      case Tags.SHORT_ARRAY: {
        short[] a = new short[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = (short) in.readSignedVarLong();
        }
        return a;
      }
      case Tags.CHAR_ARRAY: {
        char[] a = new char[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = (char) in.readVarLong();
        }
        return a;
      }
      case Tags.BOOLEAN_ARRAY: {
        boolean[] a = new boolean[in.readCount()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readByte() != 0;
        }
        return a;
      }
      default:
        throw CodecError.corrupt("unknown tag " + tag);
    }
  }
}
