package com.kiorex.labs.boundary;

import com.kiorex.labs.entity.LabFacility;
import com.kiorex.labs.entity.LabTest;
import com.kiorex.labs.entity.ReferenceRange;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A catalogue entry as clients see it, with its reference ranges and where it is offered. */
public record TestView(String loinc, String name, String kind, String specimen, String unit, BigDecimal price,
                       String currency, int turnaroundHours, String preparation, List<String> members,
                       List<UUID> facilities, List<RangeView> ranges) {

    public record RangeView(String sex, int ageFrom, int ageTo, BigDecimal low, BigDecimal high,
                            BigDecimal criticalLow, BigDecimal criticalHigh) {
        static RangeView of(ReferenceRange r) {
            return new RangeView(r.sex() == null ? null : r.sex().name(), r.ageFrom(), r.ageTo(), r.limits().low(),
                    r.limits().high(), r.limits().criticalLow(), r.limits().criticalHigh());
        }
    }

    static TestView of(LabTest t) {
        return new TestView(t.loinc(), t.name(), t.kind().name(), t.specimen(), t.unit(),
                BigDecimal.valueOf(t.priceMinor(), 2), t.currency(), t.turnaroundHours(), t.preparation(),
                t.members().stream().map(LabTest::loinc).sorted().toList(),
                t.facilities().stream().map(LabFacility::publicId).sorted().toList(),
                t.ranges().stream().sorted(Comparator.comparing((ReferenceRange r) -> r.sex() == null ? "" : r.sex().name())
                        .thenComparingInt(ReferenceRange::ageFrom)).map(RangeView::of).toList());
    }
}
