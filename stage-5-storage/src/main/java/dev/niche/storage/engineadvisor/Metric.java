package dev.niche.storage.engineadvisor;

/** The three amplifications of {@link Amplification}, to name the one that matters. Given code: do not change. */
public enum Metric {
    /** Disk bytes read per byte a query returns: what each lookup or scan costs the disk. */
    READ,
    /** Disk bytes written per byte the application writes: disk bandwidth and flash wear per write. */
    WRITE,
    /** Disk bytes kept per byte of live data: how much disk the data set really needs. */
    SPACE;

    /** This amplification, read from {@code measured}. */
    public double of(Amplification measured) {
        return switch (this) {
            case READ -> measured.read();
            case WRITE -> measured.write();
            case SPACE -> measured.space();
        };
    }
}
