package dev.niche.katas.grader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashed answer keys for quiz katas, so that reading a quiz's test does not give its answers away. A key row
 * stores {@code hash("question", "ANSWER")}; the test hashes the learner's answer the same way and compares.
 * (A determined reader can still hash every choice; the point is that the answers are not in plain sight.)
 */
public final class AnswerKey {
    private AnswerKey() {
    }

    /** The first 16 hex digits of SHA-256 over the parts joined by '|'. */
    public static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
