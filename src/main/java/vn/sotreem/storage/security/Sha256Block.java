package vn.sotreem.storage.security;

/**
 * The SHA-256 compression function (FIPS 180-4, 6.2.2) on words, for the key derivation's
 * iterations only ({@link Pbkdf2}): each hashes a 32-byte message after a saved pad state, which
 * is one block whose padding is always the same. Done on eight ints with no allocation, it is a
 * small method the JIT compiles at once; through {@code MessageDigest} every iteration copied two
 * digest objects (≈ 200 MB of garbage per login) and the JIT spent about 0.2 s of processor time
 * compiling that call chain while the window was starting. Tested against the JDK's SHA-256
 * through {@code Pbkdf2Test}.
 */
final class Sha256Block {

    private static final int[] INITIAL = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    /** Bits hashed by the time the 32-byte message is: the pad block (64 bytes) and itself. */
    private static final int LENGTH_BITS = (64 + 32) * 8;

    private Sha256Block() {
    }

    /** {@code state} becomes SHA-256's state after the one 64-byte block {@code block}. */
    static void stateAfter(byte[] block, int[] state, int[] w) {
        toWords(block, w, 16);
        System.arraycopy(INITIAL, 0, state, 0, 8);
        compress(state, w, state);
    }

    /**
     * {@code out} (8 words) becomes SHA-256(pad || message): the saved state after the pad block,
     * then the 32-byte {@code message} (8 words) with its padding. {@code out} may be {@code message}.
     */
    static void hash32(int[] padState, int[] message, int[] out, int[] w) {
        System.arraycopy(message, 0, w, 0, 8);
        w[8] = 0x80000000;
        for (int i = 9; i < 15; i++) {
            w[i] = 0;
        }
        w[15] = LENGTH_BITS;
        compress(padState, w, out);
    }

    /** The first {@code count} big-endian words of {@code bytes}, as SHA-256 reads them. */
    static void toWords(byte[] bytes, int[] words, int count) {
        for (int i = 0; i < count; i++) {
            words[i] = ((bytes[4 * i] & 0xff) << 24) | ((bytes[4 * i + 1] & 0xff) << 16)
                    | ((bytes[4 * i + 2] & 0xff) << 8) | (bytes[4 * i + 3] & 0xff);
        }
    }

    /** One compression: {@code out} = {@code state} + rounds over the block in {@code w}[0..15]. */
    private static void compress(int[] state, int[] w, int[] out) {
        for (int i = 16; i < 64; i++) {
            int s0 = Integer.rotateRight(w[i - 15], 7) ^ Integer.rotateRight(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            int s1 = Integer.rotateRight(w[i - 2], 17) ^ Integer.rotateRight(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int i = 0; i < 64; i++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + K[i] + w[i];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        out[0] = state[0] + a;
        out[1] = state[1] + b;
        out[2] = state[2] + c;
        out[3] = state[3] + d;
        out[4] = state[4] + e;
        out[5] = state[5] + f;
        out[6] = state[6] + g;
        out[7] = state[7] + h;
    }
}
