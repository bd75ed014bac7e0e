package dev.niche.lld.ispdevices;

import java.util.Objects;

/**
 * A client of the devices: prints a document and staples it for the post. It asks for the two roles it uses and
 * nothing more, so any printer and any stapler will do. Given code: do not change it.
 */
public final class Mailroom {
    private final Printer printer;
    private final Stapler stapler;

    public Mailroom(Printer printer, Stapler stapler) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.stapler = Objects.requireNonNull(stapler, "stapler");
    }

    /** The document printed, then stapled. */
    public Stapler.Bundle prepare(Document document) {
        return stapler.staple(printer.print(document));
    }
}
