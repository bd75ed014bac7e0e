package dev.niche.lld.ispdevices;

/** Role: sends a document down a phone line. Given code: do not change it. */
@FunctionalInterface
public interface Fax {
    /**
     * Sends every page of {@code document} to {@code number}.
     *
     * @param number 3 to 15 digits, optionally after a leading {@code +}
     * @return the receipt: the number dialled and how many pages went through
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the number is not a phone number, naming {@code number}
     */
    Receipt send(String number, Document document);

    /** What a fax transmission reports. */
    record Receipt(String number, int pages) {
    }
}
