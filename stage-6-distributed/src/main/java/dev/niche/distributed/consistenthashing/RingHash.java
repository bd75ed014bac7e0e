package dev.niche.distributed.consistenthashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Given code: do not change. The position of a text on the ring: the first 8 bytes of its MD5 digest, as a signed
 * {@code long} (the choice of the ketama library that made rings with virtual nodes popular). MD5 is no security
 * here, only a hash whose every output bit depends on every input bit, so nearby names land far apart.
 */
public final class RingHash {

    private RingHash() {
    }

    /** The ring position of {@code text}; the same text always gives the same position, on every machine. */
    public static long of(String text) {
        byte[] digest = md5().digest(text.getBytes(StandardCharsets.UTF_8));
        long position = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            position = position << 8 | (digest[i] & 0xff);
        }
        return position;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide MD5", e);
        }
    }
}
