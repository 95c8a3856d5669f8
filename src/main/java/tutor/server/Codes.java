package tutor.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * One-time login codes: easy to read aloud and type (no 0/O, 1/I/L), about 40 bits, and only a salted PBKDF2 hash of
 * each kept (pbkdf2-sha256$iterations$salt$hash), so a copy of the database gives nobody a way in.
 */
public final class Codes {
    private Codes() {}

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int ITERATIONS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh code, as XXXX-XXXX. */
    public static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) b.append('-');
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(normal(code), salt, ITERATIONS));
    }

    /** Whether the typed code is the one hashed; the comparison takes the same time whatever matches. */
    public static boolean matches(String typed, String stored) {
        if (typed == null || stored == null || typed.length() > 64) return false;
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) return false;
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(normal(typed), salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What a student may type for a code: any case, with or without the dash or spaces. */
    static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    private static String b64(byte[] bytes) {
        return new String(Base64.getEncoder().withoutPadding().encode(bytes), StandardCharsets.US_ASCII);
    }
}
