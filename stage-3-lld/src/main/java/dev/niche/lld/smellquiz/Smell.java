package dev.niche.lld.smellquiz;

/**
 * Thirteen excerpts from code review. Given code: do not change it. For each one, name the {@link Principle} the
 * code breaks and the {@link Refactoring} you would apply first, in the method of {@link Answers} with the same
 * name in camel case ({@code GOD_CLASS} is {@code Answers.godClass()}).
 *
 * <p>Read each excerpt as a reviewer: what will hurt on the next change request, and which single move makes
 * that change cheap? Principles and refactorings may repeat across smells.
 */
public enum Smell {
    /**
     * <pre>
     * class ClinicManager {                      // 2,400 lines, 61 methods
     *     void bookAppointment(...)  { ... }     // calendar rules
     *     void chargeInsurance(...)  { ... }     // billing and claims
     *     void sendReminderSms(...)  { ... }     // SMS gateway
     *     void exportMonthlyCsv(...) { ... }     // reporting
     * }
     * </pre>
     * The billing team, the front desk and the reporting analyst all file their change requests against this one
     * class, and their edits keep colliding.
     */
    GOD_CLASS,

    /**
     * <pre>
     * double fee(Shipment s) {
     *     switch (s.kind()) {
     *         case LETTER:  return 1.10;
     *         case PARCEL:  return 4.50 + 0.8 * s.kilos();
     *         case PALLET:  return 60 + 0.2 * s.kilos();
     *     }
     * }
     * </pre>
     * The same switch over {@code kind()} appears in {@code fee}, {@code label} and {@code maxDays}; "add
     * refrigerated parcels" means editing all three.
     */
    TYPE_SWITCH,

    /**
     * <pre>
     * class AuditLog extends ArrayList&lt;Entry&gt; {
     *     &#64;Override public Entry set(int i, Entry e) { throw new UnsupportedOperationException(); }
     *     &#64;Override public Entry remove(int i)       { throw new UnsupportedOperationException(); }
     *     &#64;Override public void clear()              { throw new UnsupportedOperationException(); }
     * }
     * </pre>
     * The log must be append-only. A helper that takes a {@code List<Entry>} and sorts it in place crashes when
     * it is handed the audit log.
     */
    REFUSED_BEQUEST,

    /**
     * <pre>
     * interface Account {
     *     Money balance();  void deposit(Money m);  void withdraw(Money m);
     *     Rate interestRate();  void accrueInterest();
     *     Money creditLimit();  void raiseLimit(Money m);  Statement printStatement();
     * }
     * </pre>
     * The statement printer uses two of these methods, the interest batch job uses two others, yet both are
     * recompiled and retested whenever a credit-limit method changes.
     */
    FAT_INTERFACE,

    /**
     * <pre>
     * class InvoiceService {
     *     private final PostgresInvoiceTable table = new PostgresInvoiceTable("jdbc:postgresql://prod/billing");
     *     Invoice issue(Order order) { ...; table.insert(invoice); return invoice; }
     * }
     * </pre>
     * The billing rules cannot be unit-tested without a running Postgres, and a move to another database would
     * mean editing the billing rules.
     */
    SERVICE_NEWS_UP_ITS_DATABASE,

    /**
     * <pre>
     * final class Session {
     *     private static final Session INSTANCE = new Session();
     *     private User currentUser;
     *     static Session get() { return INSTANCE; }
     *     void login(User u) { currentUser = u; }
     *     User user() { return currentUser; }
     * }
     * // in 40 places: Session.get().user()
     * </pre>
     * Tests pass one by one and fail when run together, and two users served by the same server see each
     * other's carts.
     */
    STATEFUL_SINGLETON,

    /**
     * <pre>
     * class ShippingQuote {
     *     Money cost(Parcel p) {
     *         double volume = p.width() * p.height() * p.depth();
     *         double billed = Math.max(p.kilos(), volume / 5000);
     *         return p.zone().rate().times(billed);
     *     }
     * }
     * </pre>
     * {@code cost} reads five getters of {@code Parcel} and nothing of its own class; the same computation of
     * billed weight is needed by the warehouse screen.
     */
    FEATURE_ENVY,

    /**
     * Adding a "priority" level to support tickets took edits in {@code TicketForm} (a new field),
     * {@code TicketRouter} (a new queue), {@code SlaClock} (a new deadline), {@code TicketMailer} (a new subject
     * line) and {@code TicketDashboard} (a new column). Each of those classes is large and busy with other work,
     * and each edit was small, but forgetting one of them shipped a bug twice.
     */
    SHOTGUN_SURGERY,

    /**
     * <pre>
     * void register(String email) {
     *     if (email == null || !email.contains("@")) throw new IllegalArgumentException("email");
     *     users.save(email.trim().toLowerCase(), ...);
     * }
     * </pre>
     * An email address travels as a {@code String} through nine classes. Four of them check it like this before
     * use, two forget to lowercase it, and a customer was saved with the address {@code "  @"}.
     */
    PRIMITIVE_OBSESSION,

    /**
     * <pre>
     * Booking book(String guestName, String guestEmail, String guestPhone,
     *              LocalDate checkIn, LocalDate checkOut, int adults, int children, RoomType room)
     * Quote quote(String guestEmail, LocalDate checkIn, LocalDate checkOut, int adults, int children, RoomType room)
     * </pre>
     * The same groups of arguments travel together through every method of the booking service, and a caller
     * once swapped {@code checkIn} and {@code checkOut} without the compiler noticing.
     */
    LONG_PARAMETER_LIST,

    /**
     * <pre>
     * byte[] render(Report report, boolean asPdf) {
     *     if (asPdf) { ... 80 lines of PDF layout ... }
     *     else       { ... 60 lines of HTML templating ... }
     * }
     * // callers: render(report, true), render(report, false)
     * </pre>
     * A reader of {@code render(report, true)} cannot tell what {@code true} means, and the two halves share
     * nothing but the method's name.
     */
    BOOLEAN_FLAG_PARAMETER,

    /**
     * <pre>
     * // in CheckoutController:
     * long vat = Math.round(net * 0.21);  if (customer.isBusiness() &amp;&amp; customer.euVatId() != null) vat = 0;
     * // in InvoicePdf, and again in RefundService, written by hand each time:
     * long vat = Math.round(net * 0.21);  if (customer.isBusiness() &amp;&amp; customer.euVatId() != null) vat = 0;
     * </pre>
     * When the rate changed to 0.22, two of the three copies were updated.
     */
    DUPLICATED_CODE,

    /**
     * <pre>
     * interface GreetingStrategy { String greet(String name); }
     * class DefaultGreetingStrategy implements GreetingStrategy { ... }   // the only implementation
     * class GreetingStrategyFactory { static GreetingStrategy create() { return new DefaultGreetingStrategy(); } }
     * </pre>
     * Written "in case we need other greetings one day". Two years later there is still one greeting, and every
     * reader follows three files to find one line of code.
     */
    SPECULATIVE_GENERALITY
}
