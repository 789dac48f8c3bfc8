package com.kiorex.labs.control;

import com.kiorex.labs.boundary.IncomingObservation;
import com.kiorex.labs.entity.LabOrder;
import com.kiorex.labs.entity.LabTest;
import com.kiorex.labs.entity.ReferenceLimits;
import com.kiorex.labs.entity.ReferenceRange;
import com.kiorex.labs.entity.Sex;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Decides whether an incoming item can be filed: its patient and order identifiers must name one
 * order of that patient that includes the test, and a value read by OCR must look like a number in a
 * plausible range for the test. Anything else is a reason for review.
 */
public final class Matching {

    /** Values above this multiple of the highest limit the catalogue knows are taken for misreads. */
    static final BigDecimal IMPLAUSIBLE_FACTOR = BigDecimal.TEN;

    public record Outcome(LabOrder order, String problem) {
    }

    private Matching() {
    }

    public static Outcome match(IncomingObservation item, Function<UUID, Optional<LabOrder>> orders,
                                Function<LabOrder, Set<String>> orderedTests, LabTest test) {
        Optional<UUID> patient = uuid(item.patientRef());
        if (patient.isEmpty()) {
            return problem("patient identifier missing or not a Kiorex patient id");
        }
        Optional<UUID> orderRef = uuid(item.orderRef());
        if (orderRef.isEmpty()) {
            return problem("order number missing or unreadable");
        }
        Optional<LabOrder> order = orders.apply(orderRef.get());
        if (order.isEmpty()) {
            return problem("no lab order with this number");
        }
        if (!order.get().patientId().equals(patient.get())) {
            return problem("the patient does not match the order");
        }
        if (!order.get().covers(patient.get(), item.loinc(), orderedTests.apply(order.get()))) {
            return problem("test " + item.loinc() + " is not on the order (or the order is cancelled)");
        }
        if (item.viaOcr()) {
            String ocrProblem = ocrProblem(item, test);
            if (ocrProblem != null) {
                return problem(ocrProblem);
            }
        }
        return new Outcome(order.get(), null);
    }

    static String ocrProblem(IncomingObservation item, LabTest test) {
        Optional<BigDecimal> value = Interpreter.number(item.valueText());
        if (value.isEmpty()) {
            return "OCR: the value is not a number";
        }
        if (test == null) {
            return "OCR: test code not in the catalogue";
        }
        BigDecimal ceiling = test.ranges().stream().map(ReferenceRange::limits)
                .flatMap(l -> Stream.of(l.high(), l.criticalHigh()))
                .filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
        if (value.get().signum() < 0 || ceiling != null && value.get().compareTo(ceiling.multiply(IMPLAUSIBLE_FACTOR)) > 0) {
            return "OCR: the value is implausible for " + test.loinc();
        }
        ReferenceLimits sent = ReferenceLimits.parse(item.rangeText()).orElse(null);
        if (item.rangeText() != null && !item.rangeText().isBlank() && sent == null) {
            return "OCR: the reference range is unreadable";
        }
        if (item.sex() != null && !item.sex().isBlank() && Sex.ofCode(item.sex()) == Sex.UNKNOWN) {
            return "OCR: the sex is unreadable";
        }
        return null;
    }

    private static Outcome problem(String reason) {
        return new Outcome(null, reason);
    }

    private static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            String t = text.strip();
            return t.length() == 36 ? Optional.of(UUID.fromString(t)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
