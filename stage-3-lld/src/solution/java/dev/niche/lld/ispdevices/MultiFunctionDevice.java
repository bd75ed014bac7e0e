package dev.niche.lld.ispdevices;

/**
 * Reference: a name for devices that really do everything, and nothing more. It adds no method of its own and
 * no "optional" escape clause: a client that needs one role asks for that role, so only the office machine
 * implements this.
 */
public interface MultiFunctionDevice extends Printer, Scanner, Fax, Stapler {
}
