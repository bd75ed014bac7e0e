package dev.niche.storage.bloomfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jol.info.GraphLayout;

@Kata(id = "storage/bloom-filter", title = "Bloom filter: sized for n keys at a false positive rate", order = 6,
        checkpoints = "5.3", naiveViolates = CheckKind.PROPERTY)
class BloomFilterTest {

    // ---- examples ----

    @ParameterizedTest(name = "n = {0}, p = {1}: m = {2} bits, k = {3}")
    @CsvSource({"1000, 0.01, 9586, 7", "1000000, 0.001, 14377588, 10", "1, 0.5, 2, 1", "500, 0.2, 1675, 2"})
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("m and k follow the sizing formulas")
    void sizing(long n, double p, long m, int k) {
        BloomFilter filter = new BloomFilter(n, p);
        assertThat(filter.bitCount()).as("m for n = %d, p = %s", n, p).isEqualTo(m);
        assertThat(filter.hashCount()).as("k for n = %d, p = %s", n, p).isEqualTo(k);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an added key is found; an empty filter finds nothing")
    void addedKeysAreFound() {
        BloomFilter filter = new BloomFilter(100, 0.01);
        assertThat(filter.mightContain("alice")).isFalse();
        filter.add("alice");
        filter.add("");
        filter.add("b\u00f6b");
        assertThat(filter.mightContain("alice")).isTrue();
        assertThat(filter.mightContain("")).isTrue();
        assertThat(filter.mightContain("b\u00f6b")).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad sizes and null keys are refused with the argument named")
    void badInput() {
        assertThatThrownBy(() -> new BloomFilter(0, 0.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expectedKeys");
        for (double p : new double[] {0, 1, -0.1, Double.NaN}) {
            assertThatThrownBy(() -> new BloomFilter(10, p)).as("p = %s", p)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("falsePositiveRate");
        }
        BloomFilter filter = new BloomFilter(10, 0.01);
        assertThatThrownBy(() -> filter.add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> filter.mightContain(null)).isInstanceOf(NullPointerException.class);
    }

    // ---- properties ----

    @Property(tries = 50)
    @Kind(CheckKind.PROPERTY)
    @Label("no false negatives: every added key is found")
    void noFalseNegatives(@ForAll @Size(max = 300) List<@StringLength(max = 12) String> keys) {
        BloomFilter filter = new BloomFilter(Math.max(1, keys.size()), 0.05);
        keys.forEach(filter::add);
        for (String key : keys) {
            assertThat(filter.mightContain(key)).as("added key '%s' (of %d keys)", key, keys.size()).isTrue();
        }
    }

    @ParameterizedTest(name = "n = {0}, p = {1}, keys like ''{2}''")
    @CsvSource({"10000, 0.01, user-", "20000, 0.05, order:", "5000, 0.001, k"})
    @Kind(CheckKind.PROPERTY)
    @DisplayName("the measured false positive rate stays within 1.3 times the target")
    void falsePositiveRate(int n, double p, String prefix) {
        BloomFilter filter = new BloomFilter(n, p);
        for (int i = 0; i < n; i++) {
            filter.add(prefix + i);
        }
        int probes = 200_000;
        int maybes = 0;
        for (int i = n; i < n + probes; i++) {
            if (filter.mightContain(prefix + i)) {
                maybes++;
            }
        }
        double measured = (double) maybes / probes;
        // 1.3 p is more than 5 standard deviations above p for these probe counts: a correct filter never lands there.
        assertThat(measured)
                .withFailMessage("with %d keys '%s0'..'%s%d' added, %d of %d other keys answered maybe: %.4f, target %s."
                        + " The k positions of a key must behave as if independent: neighbouring bits, or k hashes"
                        + " derived from one weak hash, collide far more often.", n, prefix, prefix, n - 1, maybes,
                        probes, measured, p)
                .isLessThanOrEqualTo(1.3 * p);
    }

    @Test
    @Kind(CheckKind.PROPERTY)
    @DisplayName("memory is about m / 8 bytes, with nothing stored per key")
    void memoryIsTheBits() {
        BloomFilter filter = new BloomFilter(100_000, 0.01);
        for (int i = 0; i < 100_000; i++) {
            filter.add("key-" + i);
        }
        long bytes = GraphLayout.parseInstance(filter).totalSize();
        long bitsAsBytes = filter.bitCount() / 8;
        assertThat(bytes)
                .withFailMessage("the filter and everything it references take %d bytes; m / 8 is %d. Keep only the"
                        + " bits: a filter that stores keys is a set.", bytes, bitsAsBytes)
                .isLessThanOrEqualTo(bitsAsBytes + bitsAsBytes / 10 + 1024);
    }
}
