package vn.sotreem.storage.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018), the key ring's key derivation, giving the same bytes as the JDK's
 * {@code SecretKeyFactory "PBKDF2WithHmacSHA256"} (tested against it). The HMAC key's inner and
 * outer pad blocks are hashed once per derivation and their SHA-256 states reused for every
 * iteration, as OpenSSL and Bouncy Castle do, instead of hashing both pads again on every one of
 * the 210 000 iterations: half the SHA-256 blocks. Each iteration is then two fixed-size blocks,
 * hashed on words with no allocation ({@link Sha256Block}). The derivation is most of the
 * processor time of a login, on machines that are often old.
 */
final class Pbkdf2 {

    private static final int BLOCK = 64;
    private static final int HASH = 32;
    private static final int STATE = 8;

    private Pbkdf2() {
    }

    /** {@code keyBytes} bytes derived from the password (UTF-8, as the JDK encodes it) and the salt. */
    static byte[] hmacSha256(char[] password, byte[] salt, int iterations, int keyBytes) {
        if (iterations < 1 || keyBytes < 1) {
            throw new IllegalArgumentException("iterations and key length must be positive");
        }
        byte[] key = utf8(password);
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        int[] innerState = new int[STATE];
        int[] outerState = new int[STATE];
        int[] w = new int[64];
        int[] u = new int[STATE];
        int[] t = new int[STATE];
        try {
            if (key.length > BLOCK) { // RFC 2104: a key longer than a block is hashed first
                byte[] hashed = sha256().digest(key);
                Arrays.fill(key, (byte) 0);
                key = hashed;
            }
            for (int i = 0; i < BLOCK; i++) {
                byte k = i < key.length ? key[i] : 0;
                inner[i] = (byte) (k ^ 0x36);
                outer[i] = (byte) (k ^ 0x5c);
            }
            Sha256Block.stateAfter(inner, innerState, w);
            Sha256Block.stateAfter(outer, outerState, w);
            byte[] derived = new byte[keyBytes];
            for (int block = 1, done = 0; done < keyBytes; block++, done += HASH) {
                firstU(inner, outer, salt, block, u);
                System.arraycopy(u, 0, t, 0, STATE);
                for (int i = 1; i < iterations; i++) {
                    // u = HMAC(u): two blocks, each one 32-byte message after a pad's state.
                    Sha256Block.hash32(innerState, u, u, w);
                    Sha256Block.hash32(outerState, u, u, w);
                    for (int j = 0; j < STATE; j++) {
                        t[j] ^= u[j];
                    }
                }
                for (int j = 0; j < HASH && done + j < keyBytes; j++) {
                    derived[done + j] = (byte) (t[j >> 2] >>> (24 - 8 * (j & 3)));
                }
            }
            return derived;
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(inner, (byte) 0);
            Arrays.fill(outer, (byte) 0);
            Arrays.fill(innerState, 0);
            Arrays.fill(outerState, 0);
            Arrays.fill(w, 0);
            Arrays.fill(u, 0);
            Arrays.fill(t, 0);
        }
    }

    /** U1 = HMAC(salt || INT(block)), the message of any length, through the JDK's SHA-256. */
    private static void firstU(byte[] inner, byte[] outer, byte[] salt, int block, int[] u) {
        MessageDigest sha = sha256();
        sha.update(inner);
        sha.update(salt);
        sha.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
        byte[] innerHash = sha.digest();
        sha.update(outer);
        byte[] result = sha.digest(innerHash);
        Sha256Block.toWords(result, u, STATE);
        Arrays.fill(innerHash, (byte) 0);
        Arrays.fill(result, (byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /**
     * The password as UTF-8, malformed input replaced as the JDK's {@code Charset.encode} does; into
     * one buffer big enough from the start (a growing one would leave copies of the password behind),
     * wiped after use.
     */
    private static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer encoded = ByteBuffer.allocate((int) Math.ceil(password.length * (double) encoder.maxBytesPerChar()));
        encoder.encode(CharBuffer.wrap(password), encoded, true);
        encoder.flush(encoded);
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.position());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
