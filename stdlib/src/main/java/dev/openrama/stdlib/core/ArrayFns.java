package dev.openrama.stdlib.core;

import dev.openrama.runtime.data.NumberCasts;
import dev.openrama.runtime.data.Seq;
import dev.openrama.runtime.data.Seqs;
import java.lang.reflect.Array;
import java.util.List;

/** Java arrays: {@code to-array into-array make-array aget aset alength aclone long-array ...}. */
final class ArrayFns {
  private ArrayFns() {}

  interface Conv {
    Object apply(Object x);
  }

  static void install(CoreInstaller c) {
    c.builtin("to-array").with(coll -> {
      Object[] a = Seqs.toArray(coll);
      return a == coll ? a.clone() : a;
    });
    c.builtin("object-array").with(x -> x instanceof Number
        ? new Object[((Number) x).intValue()] : Seqs.toArray(x).clone());
    c.builtin("into-array").with(coll -> {
      List<Object> items = SeqFns.toList(coll);
      Class<?> type = items.isEmpty() || items.get(0) == null ? Object.class
          : items.get(0).getClass();
      return fill(Array.newInstance(type, items.size()), items, x -> x);
    }).with((type, coll) -> {
      List<Object> items = SeqFns.toList(coll);
      Class<?> t = (Class<?>) type;
      return fill(Array.newInstance(t, items.size()), items, conv(t));
    });
    typed(c, "long-array", long.class);
    typed(c, "int-array", int.class);
    typed(c, "double-array", double.class);
    typed(c, "float-array", float.class);
    typed(c, "short-array", short.class);
    typed(c, "byte-array", byte.class);
    typed(c, "char-array", char.class);
    typed(c, "boolean-array", boolean.class);
    c.builtin("make-array").variadic(2, args -> {
      int[] dims = new int[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        dims[i - 1] = ((Number) args[i]).intValue();
      }
      return Array.newInstance((Class<?>) args[0], dims);
    });
    c.builtin("alength").with(a -> (long) Array.getLength(a));
    c.builtin("aclone").with(a -> {
      int n = Array.getLength(a);
      Object out = Array.newInstance(a.getClass().getComponentType(), n);
      System.arraycopy(a, 0, out, 0, n);
      return out;
    });
    c.builtin("aget").variadic(2, args -> {
      Object a = args[0];
      for (int i = 1; i < args.length; i++) {
        a = Array.get(a, ((Number) args[i]).intValue());
      }
      return a;
    });
    c.builtin("aset").variadic(3, args -> {
      Object a = args[0];
      for (int i = 1; i < args.length - 2; i++) {
        a = Array.get(a, ((Number) args[i]).intValue());
      }
      Object v = args[args.length - 1];
      Array.set(a, ((Number) args[args.length - 2]).intValue(),
          conv(a.getClass().getComponentType()).apply(v));
      return v;
    });
    for (String t : new String[] {"int", "long", "double", "float", "short", "byte", "char",
        "boolean"}) {
      c.builtin("aset-" + t).variadic(3, args -> {
        Object a = args[0];
        for (int i = 1; i < args.length - 2; i++) {
          a = Array.get(a, ((Number) args[i]).intValue());
        }
        Object v = args[args.length - 1];
        Array.set(a, ((Number) args[args.length - 2]).intValue(),
            conv(a.getClass().getComponentType()).apply(v));
        return v;
      });
    }
  }

  private static void typed(CoreInstaller c, String name, Class<?> t) {
    c.builtin(name).with(x -> {
      if (x instanceof Number) {
        return Array.newInstance(t, ((Number) x).intValue());
      }
      List<Object> items = SeqFns.toList(x);
      return fill(Array.newInstance(t, items.size()), items, conv(t));
    }).with((n, init) -> {
      int size = ((Number) n).intValue();
      Object a = Array.newInstance(t, size);
      Conv cv = conv(t);
      if (init instanceof Number || init instanceof Character || init instanceof Boolean) {
        for (int i = 0; i < size; i++) {
          Array.set(a, i, cv.apply(init));
        }
        return a;
      }
      Seq s = Seqs.seq(init);
      for (int i = 0; i < size && s != null; i++, s = s.next()) {
        Array.set(a, i, cv.apply(s.first()));
      }
      return a;
    });
  }

  private static Object fill(Object array, List<Object> items, Conv cv) {
    for (int i = 0; i < items.size(); i++) {
      Array.set(array, i, cv.apply(items.get(i)));
    }
    return array;
  }

  private static Conv conv(Class<?> t) {
    if (t == long.class) {
      return x -> NumberCasts.longCast(x);
    }
    if (t == int.class) {
      return x -> NumberCasts.intCast(x);
    }
    if (t == double.class) {
      return x -> NumberCasts.doubleCast(x);
    }
    if (t == float.class) {
      return x -> NumberCasts.floatCast(x);
    }
    if (t == short.class) {
      return x -> (short) NumberCasts.longCast(x);
    }
    if (t == byte.class) {
      return x -> (byte) NumberCasts.longCast(x);
    }
    if (t == char.class) {
      return x -> NumberCasts.charCast(x);
    }
    return x -> x;
  }
}
