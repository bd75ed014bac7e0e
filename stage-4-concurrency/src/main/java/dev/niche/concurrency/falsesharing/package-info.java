/**
 * <b>Padded per-thread counters</b> (checkpoint 4.2: explain happens-before, barriers and false sharing).
 *
 * <p>A metrics library counts requests on every worker thread. Each worker adds to a counter of its own, so no
 * two threads ever touch the same variable, yet the counting scales badly: with two workers on two cores it is
 * slower than with one. The counters sit next to each other in memory, inside one 64-byte cache line, and a
 * core must own a whole line to write any byte of it. Each write by one worker takes the line away from the
 * other: the two threads share nothing in the source code and fight over the same line in hardware. That is
 * <i>false sharing</i>.
 *
 * <p><b>Your task:</b> build {@link dev.niche.concurrency.falsesharing.StripedCounter}, a counter split into
 * stripes that threads add to independently, whose stripes never share a cache line. Design the memory layout
 * yourself: one small object per stripe with padding around its value, or one {@code long[]} with the stripes
 * far apart. The JVM decides where fields and objects end up, not the source code, so check your layout with
 * JOL (<a href="https://github.com/openjdk/jol">openjdk/jol</a>, on the test classpath):
 * {@code ClassLayout.parseClass(YourCell.class).toPrintable()} prints each field's real offset.
 *
 * <p>The checks: examples on one thread (sums, bad stripe numbers); threads adding at once, each to its own
 * stripe and all to one stripe, with exact sums at the end; and a layout check. The layout check finds where
 * each stripe's count is stored (it adds to one stripe and looks for the {@code long} that changed, in the
 * objects your counter references), reads the real offsets and sizes with JOL, and requires 128 bytes that
 * belong to the same object on each side of every count, and 128 bytes between two counts in one object.
 * A benchmark ({@code -Pbench}) measures two threads adding to your counter and to unpadded neighbours, and
 * reports the difference.
 */
package dev.niche.concurrency.falsesharing;
