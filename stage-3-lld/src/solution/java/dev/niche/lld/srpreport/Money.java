package dev.niche.lld.srpreport;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Reference: cents as text, the same in every locale. Formatting, like the layouts that use it. */
final class Money {
    private Money() {
    }

    static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static String of(DecimalFormat format, long cents) {
        return format.format(BigDecimal.valueOf(cents, 2));
    }
}
