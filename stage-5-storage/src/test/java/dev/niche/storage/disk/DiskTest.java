package dev.niche.storage.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stage's given disk and the crash check the engine katas share: tests of the scaffolding, not a kata. */
class DiskTest {

    @Test
    @DisplayName("reads, writes and syncs are counted per disk and per file")
    void counts() {
        Disk disk = Disk.inMemory();
        PageFile pages = new PageFile(disk, "tree", 64);
        int page = pages.allocate();
        pages.write(page, new byte[64]);
        pages.read(page);
        pages.sync();
        disk.open("other").append(new byte[] {1, 2, 3});
        assertThat(disk.stats("tree")).isEqualTo(new IoStats(1, 64, 2, 128, 1));
        assertThat(disk.stats()).isEqualTo(new IoStats(1, 64, 3, 131, 1));
        assertThat(disk.totalBytes()).isEqualTo(67);
    }

    @Test
    @DisplayName("bad positions and missing files are refused with the name and the sizes")
    void badInput() {
        Disk disk = Disk.inMemory();
        DiskFile file = disk.open("log");
        file.append(new byte[10]);
        assertThatThrownBy(() -> file.read(8, 4)).hasMessageContaining("log").hasMessageContaining("10 bytes");
        assertThatThrownBy(() -> file.write(11, new byte[1])).hasMessageContaining("leave a hole");
        assertThatThrownBy(() -> disk.delete("nope")).hasMessageContaining("nope");
        assertThatThrownBy(() -> new PageFile(disk, "log", 64)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> disk.crashImage(0, 0, true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a crash keeps synced bytes, keeps or loses unsynced ones, and can tear a write")
    void crashImages() {
        Disk disk = Disk.recordingCrashes();
        DiskFile file = disk.open("log");           // #0 create
        file.append(new byte[] {1, 2});             // #1 write
        file.sync();                                // #2 sync
        file.append(new byte[] {3, 4, 5});          // #3 write
        disk.rename("log", "log.old");              // #4 rename
        assertThat(bytes(disk.crashImage(4, 0, false), "log")).containsExactly(1, 2);
        assertThat(bytes(disk.crashImage(4, 0, true), "log")).containsExactly(1, 2, 3, 4, 5);
        assertThat(bytes(disk.crashImage(3, 2, true), "log")).containsExactly(1, 2, 3, 4);
        assertThat(bytes(disk.crashImage(1, 0, true), "log")).isEmpty();
        assertThat(disk.crashImage(0, 0, true).list()).isEmpty();
        assertThat(disk.crashImage(5, 0, false).list()).containsExactly("log.old");
        assertThatThrownBy(() -> disk.crashImage(2, 1, true)).hasMessageContaining("sync log");

        Disk image = disk.crashImage(4, 0, false);          // log holds {1, 2}, durable
        image.open("log").append(new byte[] {9});
        assertThat(bytes(image.crashImage(0, 0, true), "log")).as("an image's files are its starting point")
                .containsExactly(1, 2);
        assertThat(bytes(image.crashImage(1, 0, true), "log")).containsExactly(1, 2, 9);
        assertThat(bytes(image.crashImage(1, 0, false), "log")).containsExactly(1, 2);
    }

    @Test
    @DisplayName("the crash check accepts a log with checksums and syncs")
    void crashCheckAcceptsACorrectLog() {
        CrashCheck<List<Long>> check = run(true);
        List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
        points.addAll(check.everyTornWrite());
        check.verify(points, recover(true));
        assertThat(check.acknowledged()).isEqualTo(6);
        assertThat(points).hasSize(2 * (1 + 6 * 2 + 1) + 6 * 15);
    }

    @Test
    @DisplayName("the crash check catches a log that never syncs, and one that applies a torn record")
    void crashCheckRejectsBrokenLogs() {
        CrashCheck<List<Long>> noSync = run(false);
        assertThatThrownBy(() -> noSync.verify(noSync.everyBoundary(), recover(true)))
                .hasMessageContaining("unsynced bytes lost").hasMessageContaining("acknowledged before the crash");
        CrashCheck<List<Long>> trusting = run(true);
        assertThatThrownBy(() -> trusting.verify(trusting.everyTornWrite(), recover(false)))
                .hasMessageContaining("torn").hasMessageContaining("must not appear");
    }

    @Test
    @DisplayName("an operation whose record is down may appear even if it crashed later in its own flush")
    void crashCheckAcceptsARecordThenAFlush() {
        Disk disk = Disk.recordingCrashes();
        DiskFile log = disk.open("log");
        CrashCheck<List<Long>> check = CrashCheck.on(disk, List.of());
        check.acknowledge("append 7, then flush", () -> {
            log.append(ByteBuffer.allocate(16).putLong(7).putLong(~7L).array());
            log.sync();
            DiskFile run = disk.open("run");
            run.append(new byte[32]);
            run.sync();
        }, List.of(7L));
        List<CrashCheck.Point> points = new ArrayList<>(check.everyBoundary());
        points.addAll(check.everyTornWrite());
        check.verify(points, recover(true));
    }

    /** A toy log of counters: each record is the value and its complement; every append is acknowledged. */
    private static CrashCheck<List<Long>> run(boolean sync) {
        Disk disk = Disk.recordingCrashes();
        DiskFile log = disk.open("log");
        CrashCheck<List<Long>> check = CrashCheck.on(disk, List.of());
        List<Long> model = new ArrayList<>();
        for (long v = 1; v <= 6; v++) {
            long value = v * 1000;
            model.add(value);
            check.acknowledge("append " + value, () -> {
                log.append(ByteBuffer.allocate(16).putLong(value).putLong(~value).array());
                if (sync) {
                    log.sync();
                }
            }, List.copyOf(model));
        }
        return check;
    }

    private static Function<Disk, List<Long>> recover(boolean checkSums) {
        return image -> {
            byte[] all = image.exists("log") ? image.open("log").readAll() : new byte[0];
            ByteBuffer buffer = ByteBuffer.wrap(all);
            List<Long> values = new ArrayList<>();
            while (buffer.remaining() >= (checkSums ? 16 : 8)) {
                long value = buffer.getLong();
                if (checkSums && buffer.getLong() != ~value) {
                    break;
                }
                values.add(value);
                if (!checkSums && buffer.remaining() >= 8) {
                    buffer.getLong();
                }
            }
            return List.copyOf(values);
        };
    }

    private static byte[] bytes(Disk disk, String name) {
        return disk.open(name).readAll();
    }
}
