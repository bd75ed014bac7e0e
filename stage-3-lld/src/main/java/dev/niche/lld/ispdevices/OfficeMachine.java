package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The big machine of the office: it prints and scans with the same parts as the small devices, and it also
 * faxes and staples.
 */
public final class OfficeMachine implements MultiFunctionDevice {
    /** The most sheets one staple holds. */
    public static final int STAPLER_CAPACITY = 20;

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9]{3,15}");

    private final DeskPrinter printEngine = new DeskPrinter();
    private final PocketScanner scanHead = new PocketScanner();

    @Override
    public List<Sheet> print(Document document) {
        return printEngine.print(document);
    }

    @Override
    public Document scan(String title, List<Sheet> sheets) {
        return scanHead.scan(title, sheets);
    }

    @Override
    public Receipt send(String number, Document document) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(document, "document");
        if (!PHONE_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("number must be 3 to 15 digits, optionally after a +, was '"
                    + number + "'");
        }
        return new Receipt(number, document.pages().size());
    }

    @Override
    public Bundle staple(List<Sheet> sheets) {
        Objects.requireNonNull(sheets, "sheets");
        if (sheets.isEmpty() || sheets.size() > STAPLER_CAPACITY) {
            throw new IllegalArgumentException("sheets must be 1 to " + STAPLER_CAPACITY + ", were "
                    + sheets.size());
        }
        return new Bundle(sheets);
    }
}
