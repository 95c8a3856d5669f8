package tutor.tui;

/**
 * A drawn character's bytes, exactly its UTF-8 and nothing more. Lanterna's own conversion returns the whole
 * buffer it encoded into, so every 2-byte character (·, Σ, ŷ, δ) went out followed by a NUL.
 */
final class Utf8Bytes {
    private Utf8Bytes() {}

    static byte[] of(char c) {
        if (c < 0x80) return new byte[] {(byte) c};
        if (c < 0x800) return new byte[] {(byte) (0xc0 | c >> 6), (byte) (0x80 | c & 0x3f)};
        if (Character.isSurrogate(c)) return new byte[] {'?'}; // half a pair cannot be drawn; the tutor draws BMP only
        return new byte[] {(byte) (0xe0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3f), (byte) (0x80 | c & 0x3f)};
    }
}
