package dev.niche.concurrency.primitivequiz;

/**
 * Fourteen situations from backend code. Given code: do not change it. For each one, pick the {@link Primitive}
 * you would reach for first, in the method of {@link Answers} with the same name in camel case
 * ({@code PAGE_HITS} is {@code Answers.pageHits()}).
 *
 * <p>Ask three questions each time: who writes and who reads, and how often? Must several things change
 * together, or one? Does a thread have to wait for something, and for what? Several tools may be made to work
 * in most scenarios; the answer is the one that fits best: correct, and no heavier than the scenario needs.
 */
public enum Scenario {
    /**
     * An API gateway counts the requests it serves. All 64 request threads add one on every request; a metrics
     * exporter reads the total once a minute, and a value a few microseconds old is fine. A profiler shows the
     * request threads contending on the counter.
     */
    PAGE_HITS,

    /**
     * Every new order needs an id, 1, 2, 3, ..., that no other order in this JVM has had. Any request thread may
     * create an order, and it uses the id at once as a primary key.
     */
    ORDER_IDS,

    /**
     * A wallet has a {@code long balance} and a {@code List<Entry> history} (an {@code ArrayList}). A withdrawal
     * checks that the balance covers the amount, subtracts it and appends an entry; a statement reads both.
     * Nobody may see a balance without its entry, and two withdrawals must never overdraw the wallet.
     */
    ACCOUNT_LEDGER,

    /**
     * Pricing rules, twenty settings parsed from a file, are read by every request. A background thread re-reads
     * the file once a minute and replaces them. A request must never see some old and some new settings, and
     * reading them must never make a request wait.
     */
    CONFIG_RELOAD,

    /**
     * A message bus keeps a list of listeners. They subscribe at startup and, rarely, later; every message
     * (thousands a second, from many threads) is delivered by iterating over the list, and that iteration must
     * never throw {@code ConcurrentModificationException}.
     */
    EVENT_LISTENERS,

    /**
     * An upload endpoint receives images in bursts; four worker threads resize them, more slowly than they
     * arrive at peak. When 100 images are waiting, uploads must wait for room instead of filling the heap, and
     * idle workers must sleep, not spin.
     */
    RESIZE_PIPELINE,

    /**
     * At boot, five services start in parallel, one thread each, once. The readiness endpoint must block until
     * all five have started, and answer "ready" at once on every call after that.
     */
    STARTUP_GATE,

    /**
     * A physics simulation splits the world into four regions, one thread each. Every thread must finish step k
     * before any thread starts step k + 1, for 10,000 steps.
     */
    SIMULATION_STEPS,

    /**
     * A reporting library opens a new database connection inside each call and closes it at the end; you cannot
     * change it to use a pool. The database accepts at most 10 connections from this service, and 50 threads
     * call the library.
     */
    DATABASE_CONNECTIONS,

    /**
     * A static tokenizer loads a 300 MB model in two seconds. It must be built at most once, and only when first
     * used (most tools in this JVM never need it); after that, request threads read it millions of times a
     * second.
     */
    TOKENIZER_SINGLETON,

    /**
     * While handling one request, a handler memoizes exchange rates in a {@code HashMap} it creates at the start
     * of the request. The map is never stored in a field or handed to another thread, and it is dropped when the
     * request ends.
     */
    REQUEST_MEMO,

    /**
     * A thread estimates pi in a loop, {@code while (!cancelled) { ... }}, that does pure arithmetic. The UI
     * thread sets the {@code boolean cancelled} field to true when the user clicks Cancel; it is set once and
     * never reset. On the server JVM the loop sometimes never stops. What is the least the field needs?
     */
    CANCEL_BUTTON,

    /**
     * User profiles come from a slow remote service; they are loaded on first use and kept by user id. Hundreds
     * of request threads look profiles up; each profile must be loaded at most once, and lookups of different
     * users must not wait for each other.
     */
    PROFILE_CACHE,

    /**
     * A {@code Money} class has {@code private final long cents} and {@code private final Currency currency},
     * no setters, and its constructor does not let {@code this} escape. Money values travel between threads in
     * messages and sit in caches that many threads read.
     */
    MONEY_VALUES
}
