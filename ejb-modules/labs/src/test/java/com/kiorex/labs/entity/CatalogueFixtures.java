package com.kiorex.labs.entity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Catalogue entities as the migration seeds them (they have no public constructors: migration data). */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    public static LabFacility facility(boolean homeCollection) {
        LabFacility f = new LabFacility();
        set(f, "publicId", UUID.randomUUID());
        set(f, "name", "Test Lab");
        set(f, "zone", "Europe/London");
        set(f, "homeCollection", homeCollection);
        return f;
    }

    public static LabTest test(String loinc, LabFacility at, ReferenceRange... ranges) {
        LabTest t = new LabTest();
        set(t, "loinc", loinc);
        set(t, "name", "Test " + loinc);
        set(t, "kind", LabTest.Kind.TEST);
        set(t, "facilities", new java.util.HashSet<>(Set.of(at)));
        for (ReferenceRange r : ranges) {
            set(r, "test", t);
        }
        set(t, "ranges", new java.util.ArrayList<>(List.of(ranges)));
        return t;
    }

    public static ReferenceRange range(Sex sex, int from, int to, String low, String high, String criticalLow,
                                       String criticalHigh) {
        ReferenceRange r = new ReferenceRange();
        set(r, "sex", sex);
        set(r, "ageFrom", from);
        set(r, "ageTo", to);
        set(r, "low", decimal(low));
        set(r, "high", decimal(high));
        set(r, "criticalLow", decimal(criticalLow));
        set(r, "criticalHigh", decimal(criticalHigh));
        return r;
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
