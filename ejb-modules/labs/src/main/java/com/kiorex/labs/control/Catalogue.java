package com.kiorex.labs.control;

import com.kiorex.labs.entity.LabTest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tests by LOINC code, with their ranges; panels expanded to their member tests. */
@Dependent
public class Catalogue {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    public Map<String, LabTest> byLoinc(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select distinct t from LabTest t left join fetch t.ranges where t.loinc in :c",
                        LabTest.class)
                .setParameter("c", Set.copyOf(codes)).getResultStream()
                .collect(Collectors.toMap(LabTest::loinc, Function.identity()));
    }

    public Optional<LabTest> test(String loinc) {
        return Optional.ofNullable(byLoinc(List.of(loinc)).get(loinc));
    }

    /** The codes themselves and, for panels, their members' codes. */
    public Set<String> expanded(Collection<String> codes) {
        Set<String> all = new HashSet<>(codes);
        byLoinc(codes).values().forEach(t -> t.members().forEach(m -> all.add(m.loinc())));
        return all;
    }
}
