package dev.openrama.runtime.engine.store.redo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link ByteWriter} wrote. */
public final class ByteReader {
    private final byte[] buf;
    private int pos;

    public ByteReader(byte[] buf) {
        this.buf = buf;
    }

    public int u8() {
        return buf[pos++] & 0xff;
    }

    public long varint() {
        long v = 0;
        int shift = 0, b;
        do {
            b = buf[pos++];
            v |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    public long i64() {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buf[pos++] & 0xff);
        return v;
    }

    public byte[] bytes() {
        int n = (int) varint();
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    public String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public boolean hasMore() {
        return pos < buf.length;
    }
}
