package vn.sotreem.storage.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The key ring's own PBKDF2 must derive exactly what the JDK derives, or no existing register opens. */
class Pbkdf2Test {

    @Test
    void derivesTheSameBytesAsTheJdk() throws Exception {
        Random random = new Random(7);
        List<String> passwords = List.of("bench-SoTreEm-2025", "Mật khẩu của Đồng Tháp 2025!", "a",
                "x".repeat(64), "Ổ khóa dài hơn một khối của SHA-256: " + "đ".repeat(40), "emoji 🔑 và ký tự ghép",
                "nửa cặp \uD83D thay bằng dấu hỏi");
        for (String password : passwords) {
            for (int iterations : new int[] {1, 2, 3, 1000}) {
                for (int keyBytes : new int[] {16, 20, 32, 33, 48, 64}) {
                    byte[] salt = new byte[16];
                    random.nextBytes(salt);
                    assertArrayEquals(jdk(password, salt, iterations, keyBytes),
                            Pbkdf2.hmacSha256(password.toCharArray(), salt, iterations, keyBytes),
                            password + ", " + iterations + " iterations, " + keyBytes + " bytes");
                }
            }
        }
    }

    @Test
    void theIterationsBlockIsSha256OfThePadAndTheMessage() throws Exception {
        Random random = new Random(11);
        int[] w = new int[64];
        for (int run = 0; run < 200; run++) {
            byte[] pad = new byte[64];
            byte[] message = new byte[32];
            random.nextBytes(pad);
            random.nextBytes(message);
            int[] padState = new int[8];
            Sha256Block.stateAfter(pad, padState, w);
            int[] words = new int[8];
            ByteBuffer.wrap(message).asIntBuffer().get(words);
            Sha256Block.hash32(padState, words, words, w);
            MessageDigest jdk = MessageDigest.getInstance("SHA-256");
            jdk.update(pad);
            byte[] expected = jdk.digest(message);
            byte[] actual = new byte[32];
            ByteBuffer.wrap(actual).asIntBuffer().put(words);
            assertArrayEquals(expected, actual, "run " + run);
        }
    }

    @Test
    void knownAnswerOfRfc7914() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64).
        assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
                HexFormat.of().formatHex(Pbkdf2.hmacSha256("passwd".toCharArray(), "salt".getBytes(), 1, 64)));
    }

    @Test
    void theKeyRingsIterationsGiveTheJdksKey() throws Exception {
        byte[] salt = new byte[16];
        new Random(11).nextBytes(salt);
        assertArrayEquals(jdk("Cán bộ Lào Cai", salt, KeyRing.ITERATIONS, 32),
                Pbkdf2.hmacSha256("Cán bộ Lào Cai".toCharArray(), salt, KeyRing.ITERATIONS, 32));
    }

    private static byte[] jdk(String password, byte[] salt, int iterations, int keyBytes) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
