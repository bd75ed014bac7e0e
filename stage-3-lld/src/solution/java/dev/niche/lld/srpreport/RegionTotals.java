package dev.niche.lld.srpreport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference: the arithmetic, with no input or output at all, so it is the easiest part to test and to change.
 *
 * @param rows  one row per region, by revenue, highest first, ties by region name
 * @param total the sum over every region, labelled {@code total}
 */
record RegionTotals(List<Row> rows, Row total) {
    /** The units and revenue of one region, or of all of them. */
    record Row(String region, long units, long revenueCents) {
        static Row of(Sale sale) {
            return new Row(sale.region(), sale.units(), sale.revenueCents());
        }

        /** This row's label, with the other row's figures added. */
        Row plus(Row other) {
            return new Row(region, units + other.units, revenueCents + other.revenueCents);
        }
    }

    static RegionTotals of(List<Sale> sales) {
        Map<String, Row> byRegion = new HashMap<>();
        Row total = new Row("total", 0, 0);
        for (Sale sale : sales) {
            Row row = Row.of(sale);
            byRegion.merge(sale.region(), row, Row::plus);
            total = total.plus(row);
        }
        List<Row> rows = new ArrayList<>(byRegion.values());
        rows.sort(Comparator.comparingLong(Row::revenueCents).reversed().thenComparing(Row::region));
        return new RegionTotals(List.copyOf(rows), total);
    }
}
