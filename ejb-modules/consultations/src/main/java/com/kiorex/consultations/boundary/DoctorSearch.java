package com.kiorex.consultations.boundary;

import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds doctors in one query per page (the total is a window count in it; a {@code set_config} before it asks for
 * a plan made for the values, see {@link #planForTheseValues}): every filter is a predicate the
 * indexes serve (GIN on the coded lists, b-trees on fee, rating and position, the free-day count's key for
 * availability), so neither the number of doctors nor of slots turns into a query per row.
 * Distance is the great-circle distance, prefiltered by a bounding box on the position index.
 */
@Stateless
public class DoctorSearch {

    static final double EARTH_RADIUS_KM = 6371.0;
    static final double KM_PER_DEGREE = 111.2;
    static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    @PersistenceContext(unitName = "consultations")
    EntityManager em;

    @Inject
    Clock clock;

    public Page<DoctorSummary> search(DoctorCriteria c, DoctorSort sort, PageRequest page) {
        if ("distance".equals(sort.field()) && !c.near()) {
            throw new RuleViolation("sorting by distance needs a latitude and longitude");
        }
        if ((c.latitude() == null) != (c.longitude() == null) || (c.withinKm() != null && !c.near())) {
            throw new RuleViolation("latitude, longitude (and withinKm) go together");
        }
        if (c.minFee() != null && c.maxFee() != null && c.minFee().compareTo(c.maxFee()) > 0) {
            throw new RuleViolation("minFee is above maxFee");
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(c, params);
        planForTheseValues();
        String distance = c.near() ? distanceSql() : "cast(null as double precision)";
        String filtered = "select d.id, d.public_id, d.display_name, "
                + "array_to_string(d.specialties, ',') as specialties, array_to_string(d.languages, ',') as languages, "
                + "d.fee, d.currency, d.facility_name, d.facility_zone, d.verified, d.rating, " + distance
                + " as distance_km from doctor d where true" + where;
        String within = c.withinKm() != null ? " where d.distance_km <= :within" : "";
        // the total comes with the page (a window count), so a page costs one statement, not two; the limit is
        // written here because Hibernate would otherwise scan the whole statement with regular expressions to add it
        Query query = em.createNativeQuery("select d.*, count(*) over () as total from (" + filtered + ") d" + within
                + " order by " + sort.orderBy() + " limit :pageSize offset :pageOffset");
        bind(query, params, c);
        query.setParameter("pageSize", page.size()).setParameter("pageOffset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DoctorSummary> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new DoctorSummary(UUID.fromString(r[1].toString()), (String) r[2], split(r[3]), split(r[4]),
                    (BigDecimal) r[5], r[6].toString().strip(), (String) r[7], (String) r[8], (Boolean) r[9],
                    (BigDecimal) r[10], r[11] == null ? null : Math.round(((Number) r[11]).doubleValue() * 10) / 10.0));
        }
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[12]).longValue();
        } else {
            // past the last page (or nothing found): only then count separately
            Query count = em.createNativeQuery("select count(*) from (" + filtered + ") d" + within);
            bind(count, params, c);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Plans this transaction's statements for their own values. The driver prepares a statement on the server after
     * five runs, and after five more PostgreSQL switches to a generic plan, which cannot know how selective the
     * criteria are: it read the 4,480 doctors of a 30-km box through the position index (3.3 ms) where the plan
     * for the values read 556 through the specialty index (1.4 ms plus 0.5 ms of planning). A select, not a SET
     * statement: a native update would make Hibernate drop its second-level caches.
     */
    private void planForTheseValues() {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    private static void bind(Query q, Map<String, Object> params, DoctorCriteria c) {
        params.forEach(q::setParameter);
        if (c.withinKm() != null) {
            q.setParameter("within", c.withinKm());
        }
    }

    private String where(DoctorCriteria c, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (c.specialty() != null) {
            sql.append(" and d.specialties @> array[cast(:specialty as text)]");
            params.put("specialty", c.specialty());
        }
        if (c.language() != null) {
            sql.append(" and d.languages @> array[cast(:language as text)]");
            params.put("language", c.language());
        }
        if (c.minFee() != null) {
            sql.append(" and d.fee >= :minFee");
            params.put("minFee", c.minFee());
        }
        if (c.maxFee() != null) {
            sql.append(" and d.fee <= :maxFee");
            params.put("maxFee", c.maxFee());
        }
        if (c.minRating() != null) {
            sql.append(" and d.rating >= :minRating");
            params.put("minRating", c.minRating());
        }
        if (c.name() != null) {
            sql.append(" and lower(d.display_name) like :name escape '\\'");
            params.put("name", "%" + escape(c.name().strip().toLowerCase()) + "%");
        }
        if (c.near()) {
            params.put("lat", c.latitude());
            params.put("lon", c.longitude());
            if (c.withinKm() != null) {
                double dLat = c.withinKm() / KM_PER_DEGREE;
                double dLon = c.withinKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(c.latitude()))));
                sql.append(" and d.latitude between :latMin and :latMax and d.longitude between :lonMin and :lonMax");
                params.put("latMin", c.latitude() - dLat);
                params.put("latMax", c.latitude() + dLat);
                params.put("lonMin", c.longitude() - dLon);
                params.put("lonMax", c.longitude() + dLon);
            }
        }
        if (c.availableOn() != null) {
            // a free slot on that date in the doctor's own zone: one row per candidate (kept by the database's
            // triggers, see the doctor_free_day migration)
            sql.append(" and exists (select 1 from doctor_free_day f where f.doctor_id = d.id and f.day = :day"
                    + " and f.free_slots > 0)");
            params.put("day", c.availableOn());
            Instant now = clock.instant();
            if (mayHaveBegun(c.availableOn(), now)) {
                // somewhere on Earth that day has begun: its free slots may have started already, so look for
                // one that has not (only the candidates with a free slot that day get this probe)
                sql.append(" and exists (select 1 from slot s where s.doctor_id = d.id and not s.blocked"
                        + " and s.starts_at > :now"
                        + " and s.starts_at < ((cast(:dayStart as timestamp) + interval '1 day') at time zone d.facility_zone)"
                        + " and s.starts_at >= (cast(:dayStart as timestamp) at time zone d.facility_zone)"
                        + " and not exists (select 1 from booking b where b.slot_id = s.id and b.status <> 'CANCELLED'))");
                params.put("dayStart", c.availableOn().atStartOfDay());
                params.put("now", now);
            }
        }
        return sql.toString();
    }

    /** Whether the day has begun in the earliest time zone there is (UTC+14). */
    static boolean mayHaveBegun(LocalDate day, Instant now) {
        return !day.atStartOfDay().toInstant(EARLIEST_ZONE).isAfter(now);
    }

    private static String distanceSql() {
        return EARTH_RADIUS_KM + " * 2 * asin(sqrt(power(sin(radians(d.latitude - :lat) / 2), 2)"
                + " + cos(radians(:lat)) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - :lon) / 2), 2)))";
    }

    private static List<String> split(Object csv) {
        return csv == null || csv.toString().isEmpty() ? List.of() : Arrays.asList(csv.toString().split(","));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
