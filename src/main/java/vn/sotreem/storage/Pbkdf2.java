package vn.sotreem.storage;

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
 * outer pad blocks are hashed once per derivation and their SHA-256 states copied for every
 * iteration, as OpenSSL and Bouncy Castle do, instead of hashing both pads again on every one of
 * the 210 000 iterations: half the SHA-256 blocks and far less code for the JIT to compile. The
 * derivation is most of the processor time of a login, on machines that are often old.
 */
final class Pbkdf2 {

    private static final int BLOCK = 64;
    private static final int HASH = 32;

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
        try {
            MessageDigest innerPad = sha256();
            MessageDigest outerPad = sha256();
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
            innerPad.update(inner);
            outerPad.update(outer);
            byte[] derived = new byte[keyBytes];
            byte[] u = new byte[HASH];
            byte[] t = new byte[HASH];
            for (int block = 1, done = 0; done < keyBytes; block++, done += HASH) {
                MessageDigest first = copy(innerPad);
                first.update(salt);
                first.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                first.digest(u, 0, HASH);
                hmacOuter(outerPad, u);
                System.arraycopy(u, 0, t, 0, HASH);
                for (int i = 1; i < iterations; i++) {
                    MessageDigest next = copy(innerPad);
                    next.update(u);
                    next.digest(u, 0, HASH);
                    hmacOuter(outerPad, u);
                    for (int j = 0; j < HASH; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, derived, done, Math.min(HASH, keyBytes - done));
            }
            Arrays.fill(u, (byte) 0);
            Arrays.fill(t, (byte) 0);
            return derived;
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(inner, (byte) 0);
            Arrays.fill(outer, (byte) 0);
        }
    }

    /** {@code u} becomes SHA-256(outer pad || u). */
    private static void hmacOuter(MessageDigest outerPad, byte[] u) throws java.security.DigestException {
        MessageDigest outer = copy(outerPad);
        outer.update(u);
        outer.digest(u, 0, HASH);
    }

    private static MessageDigest copy(MessageDigest state) {
        try {
            return (MessageDigest) state.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be copied", e);
        }
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
