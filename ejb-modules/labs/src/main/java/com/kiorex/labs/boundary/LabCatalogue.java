package com.kiorex.labs.boundary;

import com.kiorex.kernel.problem.NotFound;
import com.kiorex.labs.entity.LabFacility;
import com.kiorex.labs.entity.LabTest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The test catalogue: search with filters, one test by LOINC code, the facilities. No patient data. */
@Stateless
public class LabCatalogue {

    @PersistenceContext(unitName = "labs")
    EntityManager em;

    public List<TestView> search(TestSearch filter) {
        List<String> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(t.name) like :text or t.loinc = :code)");
        }
        if (filter.specimen() != null && !filter.specimen().isBlank()) {
            where.add("lower(t.specimen) like :specimen");
        }
        if (filter.kind() != null) {
            where.add("t.kind = :kind");
        }
        if (filter.facilityId() != null) {
            where.add("exists (select f from LabTest x join x.facilities f where x = t and f.publicId = :facility)");
        }
        if (filter.maxTurnaroundHours() != null) {
            where.add("t.turnaroundHours <= :tat");
        }
        if (filter.maxPrice() != null) {
            where.add("t.priceMinor <= :price");
        }
        TypedQuery<LabTest> q = em.createQuery("select t from LabTest t"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by t.name", LabTest.class);
        if (filter.text() != null && !filter.text().isBlank()) {
            q.setParameter("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
            q.setParameter("code", filter.text().strip());
        }
        if (filter.specimen() != null && !filter.specimen().isBlank()) {
            q.setParameter("specimen", "%" + filter.specimen().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.kind() != null) {
            q.setParameter("kind", LabTest.Kind.valueOf(filter.kind()));
        }
        if (filter.facilityId() != null) {
            q.setParameter("facility", filter.facilityId());
        }
        if (filter.maxTurnaroundHours() != null) {
            q.setParameter("tat", filter.maxTurnaroundHours());
        }
        if (filter.maxPrice() != null) {
            q.setParameter("price", filter.maxPrice().movePointRight(2).intValue());
        }
        return q.getResultStream().map(TestView::of).toList();
    }

    public TestView test(String loinc) {
        return em.createQuery("select t from LabTest t where t.loinc = :c", LabTest.class).setParameter("c", loinc)
                .getResultStream().findFirst().map(TestView::of).orElseThrow(() -> new NotFound("lab test"));
    }

    public List<FacilityView> facilities() {
        return em.createQuery("select f from LabFacility f order by f.name", LabFacility.class)
                .getResultStream().map(FacilityView::of).toList();
    }
}
