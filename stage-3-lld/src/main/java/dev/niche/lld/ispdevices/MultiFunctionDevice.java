package dev.niche.lld.ispdevices;

import java.util.List;

/**
 * The one interface every device of the office implements. THIS CODE WORKS, AND IT IS WHAT YOU REFACTOR,
 * together with {@link DeskPrinter} and {@link PocketScanner}.
 *
 * <h2>The brief</h2>
 * When the office bought its first machine, which does everything, its four operations became this interface,
 * and every device since has had to implement all four. The cheap ones cannot, so they throw
 * {@link UnsupportedOperationException}, the way the JDK's "optional operations" do. Any code typed
 * {@code MultiFunctionDevice} can now be handed a device that fails at run time, and every new operation on the
 * big machine (it will duplex next) is one more refusal to write in every small device. The interviewer's next
 * request is a stand-alone stapler: it should not have to pretend it can print.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below and let each device promise only what it can do. The role interfaces
 * ({@link Printer}, {@link Scanner}, {@link Fax}, {@link Stapler}) and their clients ({@link Mailroom}) are given
 * and stay as they are. The design check names each refusal and each interface with more than two methods; the
 * behaviour checks pass now and must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * {@link DeskPrinter} prints, {@link PocketScanner} scans, {@link OfficeMachine} prints, scans, faxes and
 * staples up to {@value OfficeMachine#STAPLER_CAPACITY} sheets, each as its role interface describes.
 */
public interface MultiFunctionDevice extends Printer, Scanner, Fax, Stapler {
    /** @throws UnsupportedOperationException if this device cannot print */
    @Override
    List<Sheet> print(Document document);

    /** @throws UnsupportedOperationException if this device cannot scan */
    @Override
    Document scan(String title, List<Sheet> sheets);

    /** @throws UnsupportedOperationException if this device cannot fax */
    @Override
    Receipt send(String number, Document document);

    /** @throws UnsupportedOperationException if this device cannot staple */
    @Override
    Bundle staple(List<Sheet> sheets);
}
