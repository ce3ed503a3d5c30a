package dev.openrama.runtime.data.codec;

import dev.openrama.runtime.data.Equality;
import dev.openrama.runtime.data.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers in the key encoding: bytewise order is numeric order across longs, big integers,
 * ratios, decimals and doubles, and Clojure-equal numbers encode identically ({@code (int 1)}
 * and {@code 1}, {@code 1M} and {@code 1.00M}, {@code 0.0} and {@code -0.0}).
 *
 * <p>Layout: a class byte (-Inf, negative, zero, positive, +Inf, NaN, in that order), then for
 * nonzero finite values the magnitude as a binary exponent (an ordered varint) and the
 * normalized mantissa bits in 7-bit groups, each group's low bit saying "more follows" (so no
 * encoding is a prefix of another and all-bytes inversion reverses the order for negatives),
 * then the category byte: integer, ratio, decimal, floating. Numerically equal values of
 * different categories ({@code 1}, {@code 1M}, {@code 1.0}) are distinct keys ordered by that
 * category. Decimals and ratios then carry their exact value as a tail.
 *
 * <p>Longs, big integers, doubles and dyadic decimals/ratios are encoded exactly. Other decimals
 * and ratios (0.1M, 1/3) have infinite binary expansions: they are encoded to {@value #PRECISION}
 * bits plus a sticky bit, so their order is exact against any number that differs from them
 * within that precision; two values closer than that still get distinct encodings (the tail),
 * ordered by the tail rather than numerically.
 */
final class NumberKeys {
  static final int PRECISION = 192;

  private NumberKeys() {}

  static void write(Number n, KeyBytes out) {
    switch (Equality.category(n)) {
      case INTEGER:
        if (n instanceof BigInteger && ((BigInteger) n).bitLength() > 63) {
          BigInteger b = (BigInteger) n;
          int start = sign(b.signum(), out);
          bigMagnitude(b.abs(), 0, out);
          finish(b.signum(), start, out);
        } else {
          long v = n.longValue();
          int start = sign(Long.signum(v), out);
          if (v != 0) {
            longMagnitude(Math.abs(v), 0, out); // abs(MIN_VALUE) is 2^63 read unsigned
          }
          finish(Long.signum(v), start, out);
        }
        out.write(KeyTags.CAT_INTEGER);
        return;
      case FLOATING:
        writeDouble(n.doubleValue(), out);
        return;
      case DECIMAL: {
        BigDecimal d = ((BigDecimal) n).stripTrailingZeros();
        int s = d.signum();
        int start = sign(s, out);
        if (s != 0) {
          BigInteger u = d.unscaledValue().abs();
          if (d.scale() <= 0) {
            bigMagnitude(u.multiply(BigInteger.TEN.pow(-d.scale())), 0, out);
          } else {
            rationalMagnitude(u, BigInteger.TEN.pow(d.scale()), out);
          }
        }
        finish(s, start, out);
        out.write(KeyTags.CAT_DECIMAL);
        writeTail(d.unscaledValue(), BigInteger.valueOf(d.scale()), out);
        return;
      }
      default: {
        Ratio r = (Ratio) n;
        int s = r.numerator.signum();
        int start = sign(s, out);
        rationalMagnitude(r.numerator.abs(), r.denominator, out);
        finish(s, start, out);
        out.write(KeyTags.CAT_RATIO);
        writeTail(r.numerator, r.denominator, out);
      }
    }
  }

  private static void writeDouble(double d, KeyBytes out) {
    if (Double.isNaN(d)) {
      out.write(KeyTags.NAN);
    } else if (d == Double.POSITIVE_INFINITY) {
      out.write(KeyTags.POS_INF);
    } else if (d == Double.NEGATIVE_INFINITY) {
      out.write(KeyTags.NEG_INF);
    } else {
      int s = d > 0 ? 1 : d < 0 ? -1 : 0; // -0.0 is zero: (= 0.0 -0.0)
      int start = sign(s, out);
      if (s != 0) {
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & ((1L << 52) - 1);
        if (be == 0) {
          longMagnitude(frac, -1074, out); // subnormal
        } else {
          longMagnitude(frac | (1L << 52), be - 1075, out);
        }
      }
      finish(s, start, out);
    }
    out.write(KeyTags.CAT_FLOATING);
  }

  private static int sign(int signum, KeyBytes out) {
    out.write(signum < 0 ? KeyTags.NEG : signum == 0 ? KeyTags.ZERO : KeyTags.POS);
    return out.length();
  }

  private static void finish(int signum, int start, KeyBytes out) {
    if (signum < 0) {
      out.invertFrom(start);
    }
  }

  /** {@code m * 2^shift}, m an unsigned nonzero long. */
  private static void longMagnitude(long m, int shift, KeyBytes out) {
    int nlz = Long.numberOfLeadingZeros(m);
    writeExponent((64 - nlz) + (long) shift, out);
    long bits = m << nlz;
    do {
      int g = (int) (bits >>> 57);
      bits <<= 7;
      out.write((g << 1) | (bits != 0 ? 1 : 0));
    } while (bits != 0);
  }

  /** {@code m * 2^shift}, m a positive BigInteger. */
  private static void bigMagnitude(BigInteger m, long shift, KeyBytes out) {
    if (m.bitLength() <= 63 && shift > Integer.MIN_VALUE && shift < Integer.MAX_VALUE) {
      longMagnitude(m.longValue(), (int) shift, out);
      return;
    }
    writeExponent(m.bitLength() + shift, out);
    BigInteger bits = m.shiftRight(m.getLowestSetBit());
    int len = bits.bitLength();
    int pad = (7 - len % 7) % 7;
    bits = bits.shiftLeft(pad);
    int groups = (len + pad) / 7;
    for (int i = groups - 1; i >= 0; i--) {
      int g = bits.shiftRight(7 * i).intValue() & 0x7F;
      out.write((g << 1) | (i > 0 ? 1 : 0));
    }
  }

  /** {@code num / den} for positive num and den, exact when dyadic, else truncated + sticky. */
  private static void rationalMagnitude(BigInteger num, BigInteger den, KeyBytes out) {
    long shift = PRECISION - (num.bitLength() - (long) den.bitLength());
    BigInteger[] qr = shift >= 0
        ? num.shiftLeft((int) shift).divideAndRemainder(den)
        : num.divideAndRemainder(den.shiftLeft((int) -shift));
    BigInteger q = qr[0];
    if (qr[1].signum() != 0) {
      q = q.shiftLeft(1).setBit(0); // more bits follow: sort above the truncated value
      shift++;
    }
    bigMagnitude(q, -shift, out);
  }

  /** An ordered signed varint: a length byte (sign folded in) then big-endian bytes. */
  private static void writeExponent(long e, KeyBytes out) {
    long m = e >= 0 ? e : ~e;
    int nb = (64 - Long.numberOfLeadingZeros(m) + 7) / 8;
    out.write(e >= 0 ? 0x80 + nb : 0x7F - nb);
    for (int i = nb - 1; i >= 0; i--) {
      out.write((int) (e >>> (8 * i)));
    }
  }

  private static void writeTail(BigInteger a, BigInteger b, KeyBytes out) {
    byte[] x = a.toByteArray();
    byte[] y = b.toByteArray();
    out.writeVarInt(x.length);
    out.write(x);
    out.writeVarInt(y.length);
    out.write(y);
  }

  // ---- decoding

  static Number read(int cls, KeyInput in) {
    switch (cls) {
      case KeyTags.NAN:
        in.read();
        return Double.NaN;
      case KeyTags.POS_INF:
        in.read();
        return Double.POSITIVE_INFINITY;
      case KeyTags.NEG_INF:
        in.read();
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    int flip = cls == KeyTags.NEG ? 0xFF : 0;
    long exp = 0;
    long small = 0; // the first 9 groups (63 bits): all a long or a double needs
    BigInteger big = null; // the whole mantissa, when longer
    int groups = 0;
    if (cls != KeyTags.ZERO) {
      exp = readExponent(in, flip);
      int more;
      do {
        int x = in.read() ^ flip;
        if (groups < 9) {
          small = (small << 7) | (x >>> 1);
        } else {
          if (big == null) {
            big = BigInteger.valueOf(small);
          }
          big = big.shiftLeft(7).or(BigInteger.valueOf(x >>> 1));
        }
        groups++;
        more = x & 1;
      } while (more != 0);
    }
    int cat = in.read();
    boolean neg = cls == KeyTags.NEG;
    long shift = exp - 7L * groups; // value = mantissa * 2^shift
    switch (cat) {
      case KeyTags.CAT_INTEGER: {
        if (big == null && exp <= 63) { // at most 63 bits: fits a long
          long v = shift <= 0 ? small >>> -shift : small << shift;
          return neg ? -v : v;
        }
        BigInteger m = big != null ? big : BigInteger.valueOf(small);
        BigInteger v = shift >= 0 ? m.shiftLeft((int) shift) : m.shiftRight((int) -shift);
        if (neg) {
          v = v.negate();
        }
        return v.bitLength() <= 63 ? (Number) v.longValue() : v;
      }
      case KeyTags.CAT_FLOATING: {
        double d = cls == KeyTags.ZERO ? 0.0 : Math.scalb((double) small, (int) shift);
        return neg ? -d : d;
      }
      case KeyTags.CAT_DECIMAL: {
        BigInteger u = readBig(in);
        return new BigDecimal(u, readBig(in).intValueExact());
      }
      case KeyTags.CAT_RATIO: {
        BigInteger num = readBig(in);
        return new Ratio(num, readBig(in));
      }
      default:
        throw CodecError.corrupt("bad number category " + cat);
    }
  }

  private static long readExponent(KeyInput in, int flip) {
    int first = in.read() ^ flip;
    boolean nonNeg = first >= 0x80;
    int nb = nonNeg ? first - 0x80 : 0x7F - first;
    long e = nonNeg ? 0 : -1;
    for (int i = 0; i < nb; i++) {
      e = (e << 8) | ((in.read() ^ flip) & 0xFF);
    }
    return e;
  }

  private static BigInteger readBig(KeyInput in) {
    int n = in.readVarInt();
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) in.read();
    }
    return new BigInteger(b);
  }
}
