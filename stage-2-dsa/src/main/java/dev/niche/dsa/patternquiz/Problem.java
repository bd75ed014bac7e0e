package dev.niche.dsa.patternquiz;

/**
 * Twenty problems you have not seen in this stage. For each one, name the {@link Pattern} that solves it, the
 * {@link TimeClass} of that solution, and the time class of the brute force that its last paragraph describes.
 * Answer in the method of {@link Answers} with the same name in camel case ({@code BALANCE_DAY} is
 * {@code Answers.balanceDay()}).
 *
 * <p>Each problem names its sizes (n, and m where there are two) and what its time counts: the whole run unless
 * it says "per question" or counts something else. The bounds are there to rule solutions out: a size of 10^6
 * leaves no room for O(n^2), a value of 10^9 leaves no room for a table indexed by values. The target is the time
 * of the pattern's solution, the best that these bounds call for; not merely a time that would fit.
 */
public enum Problem {
    /**
     * A lab logs how far each of n measurements strays from its calibrated value, as signed numbers that arrive
     * sorted in ascending order (for example -7, -3, 0, 2, 5). The report needs the squared deviations, also in
     * ascending order (0, 4, 9, 25, 49). n is up to 10^7.
     *
     * <p>Sizes: n = the number of measurements. Brute force: square every value, then sort the squares.
     */
    SQUARED_DEVIATIONS,

    /**
     * A crowdfunding page shows the amount pledged on each of n days; every amount is positive. Find the fewest
     * consecutive days whose pledges add up to at least a goal G, or report that no run of days reaches it.
     * n is up to 10^6.
     *
     * <p>Sizes: n = the number of days. Brute force: for every first day, add the days that follow it one at a
     * time until the total reaches G.
     */
    SHORTEST_FUNDED_STRETCH,

    /**
     * A shop records the net change of its stock on each of n days: positive, negative or zero. Find the first
     * day d for which the changes of the days before d add up to the same as the changes of the days after d
     * (day d itself counts on neither side), or report that there is none. n is up to 10^6.
     *
     * <p>Sizes: n = the number of days. Brute force: for each day, add up the days before it and the days after
     * it from scratch.
     */
    BALANCE_DAY,

    /**
     * A weather archive holds the rainfall of each of the n days of a past season, and it never changes.
     * Researchers send up to 10^6 questions of the form "how much rain fell from day a to day b, both
     * included?". n is up to 10^6.
     *
     * <p>Sizes: n = the number of days. Time: per question, after a one-time preparation of at most O(n).
     * Brute force: for each question, add up the rainfall of days a to b.
     */
    RAINFALL_QUESTIONS,

    /**
     * A trail's elevation was sampled at n points along it. The samples strictly rise up to the summit and then
     * strictly fall (the summit may be the first or the last point). Reading one sample is a slow request to a
     * remote logger, so find the summit's position with as few reads as possible. n is up to 10^9.
     *
     * <p>Sizes: n = the number of samples. Time: the number of samples read. Brute force: read the samples from
     * the start until one is lower than the one before it.
     */
    TRAIL_SUMMIT,

    /**
     * A print shop must print n jobs, job i having p_i pages, within H hours (H is at least n). A printer set to
     * speed v prints v pages an hour; it works on one job at a time, and a job that ends partway through an hour
     * leaves the rest of that hour unused, so job i takes p_i / v hours rounded up. Fast settings wear the
     * printer out: find the slowest speed that prints every job within H hours. n is up to 10^5 and each p_i up
     * to 10^9.
     *
     * <p>Sizes: n = the number of jobs, m = the largest p_i. Brute force: try the speeds 1, 2, 3, ... in turn,
     * adding up the hours that each one needs, until one fits.
     */
    PRINT_SPEED,

    /**
     * A ski resort logs the snow depth of each of n days. For each day, report the length of the streak of
     * consecutive days that ends on that day (itself included) and in which no day was deeper than it.
     * n is up to 10^6.
     *
     * <p>Sizes: n = the number of days. Brute force: for each day, walk back one day at a time until a deeper
     * day or the first day.
     */
    SNOW_STREAK,

    /**
     * A map service streams n store locations past once, n up to 10^8: far too many to keep. It must report
     * the m stores closest to a customer, m at most 1,000, in any order, using O(m) memory.
     *
     * <p>Sizes: n = the number of stores, m = how many to report. Brute force: collect every store, sort all of
     * them by their distance to the customer, and keep the first m.
     */
    NEAREST_STORES,

    /**
     * Volunteers painted a fence m metres long. Each of the n volunteers painted one stretch from metre a to
     * metre b; stretches overlap in any way and are listed in no particular order. How many metres of fence are
     * painted? n is up to 10^5 and m up to 10^9.
     *
     * <p>Sizes: n = the number of stretches, m = the length of the fence. Brute force: keep one flag per metre
     * of fence, set the flags of every stretch, then count the flags that are set.
     */
    PAINTED_FENCE,

    /**
     * A professional network has n members, each connected to at most 50 others (a connection goes both ways).
     * Find the fewest introductions from member A to member B: the smallest number of connections on a chain of
     * members that leads from A to B. n is up to 10^6.
     *
     * <p>Sizes: n = the number of members (so the connections number O(n)). Brute force: give A the count 0 and
     * everyone else "unknown"; sweep over every connection, lowering a member's count to one more than the
     * count at the other end when that is smaller; repeat whole sweeps until one changes nothing.
     */
    DEGREES_OF_SEPARATION,

    /**
     * A drawing program's bucket tool: clicking a pixel recolours it, and every pixel of the same colour that
     * is joined to it through a chain of side-by-side neighbours of that colour. The image has n pixels, n up
     * to 10^7.
     *
     * <p>Sizes: n = the number of pixels. Brute force: recolour the clicked pixel, then sweep the whole image
     * again and again, recolouring every pixel of the old colour that is beside a recoloured one, until a sweep
     * changes nothing.
     */
    PAINT_BUCKET,

    /**
     * A spreadsheet has n cells, and each formula reads at most 10 other cells. After a bulk import every cell
     * must be recomputed, each one after all the cells it reads; a circular reference must be reported
     * instead. n is up to 10^6.
     *
     * <p>Sizes: n = the number of cells. Brute force: scan all the cells for one that is not computed yet but
     * whose inputs all are, compute it, and scan again; when a whole scan finds none while cells remain,
     * report a circle.
     */
    SPREADSHEET_RECALC,

    /**
     * A rover crosses a grid of n cells. Entering a cell costs its terrain difficulty, a whole number from 1 to
     * 10^6. The rover moves up, down, left or right, so a good route may wind back on itself. Find the cheapest
     * total cost from the top-left cell to the bottom-right one. n is up to 10^6.
     *
     * <p>Sizes: n = the number of cells. Brute force: give the start the cost 0 and every other cell "infinite";
     * sweep all the cells, lowering each cell's cost from its neighbours' costs, and repeat until a sweep
     * changes nothing.
     */
    TERRAIN_ROUTE,

    /**
     * A data centre wires n servers together. Cables arrive one at a time, at most 2n of them, each joining two
     * servers, and none is ever removed. After each cable, a dashboard shows how many clusters there are
     * (servers joined directly or through others form one cluster). n is up to 10^6.
     *
     * <p>Sizes: n = the number of servers. Time: all the cables together. Brute force: after each cable, count
     * the clusters again with a fresh traversal of every server and every cable laid so far.
     */
    CABLE_CLUSTERS,

    /**
     * A cargo drone must take off with exactly its rated load C, or its sensors do not calibrate. There are n
     * parcels, n at most 25, each weighing a positive whole number of grams up to 10^9, and C is up to
     * 2.5 * 10^10. Count the ways to choose parcels (each one at most once) whose weights add up to exactly C.
     *
     * <p>Sizes: n = the number of parcels. Brute force: list every choice of parcels, then add up the weights
     * of each choice from scratch.
     */
    EXACT_LOAD,

    /**
     * A band is offered a gig on each of n consecutive days, gig i paying p_i (zero or more), but the band never
     * plays two days in a row. Find the largest total pay it can earn. n is up to 10^6.
     *
     * <p>Sizes: n = the number of days. Brute force: a recursion that, from each day on, tries both playing and
     * resting on that day and keeps the better total, remembering nothing between calls.
     */
    FESTIVAL_GIGS,

    /**
     * One clerk serves n customers who are all waiting when the office opens; customer i needs t_i minutes.
     * Each customer waits from the opening until their own service ends. Choose the order of service that
     * makes the sum of all the waits smallest. n is up to 10^6.
     *
     * <p>Sizes: n = the number of customers. Brute force: list every order of the customers, add up the waits of
     * each order from scratch, and keep the best.
     */
    SERVICE_ORDER,

    /**
     * A spelling tool holds m word roots, such as "cat" or "help". For each word of a text it finds the
     * shortest root that the word starts with ("helpful" becomes "help") and leaves the word as it is when no
     * root fits. m is up to 10^5, and a root has up to 100 letters.
     *
     * <p>Sizes: n = the length of one word of the text, m = the number of roots. Time: per word, after a
     * one-time preparation of the roots. Brute force: compare the word with every root, letter by letter.
     */
    WORD_ROOTS,

    /**
     * A memory allocator accepts only block sizes that are powers of two, and checks every request. Decide
     * whether a requested size n (1 to 2^62) is a power of two, as fast as possible.
     *
     * <p>Sizes: n = the requested size itself (a value, not a count). Brute force: halve n while it is even,
     * then check that 1 is left.
     */
    POWER_OF_TWO_BLOCKS,

    /**
     * A parking garage has n levels. Sensors report cars arriving on or leaving a level, and these reports
     * come interleaved with questions "how many cars are parked on levels a to b?": up to 10^6 reports and
     * questions mixed together, with n up to 10^6.
     *
     * <p>Sizes: n = the number of levels. Time: per report or question, the worse of the two. Brute force: keep
     * one counter per level; a report changes its level's counter, a question adds up the counters of levels a
     * to b.
     */
    GARAGE_LEVELS
}
