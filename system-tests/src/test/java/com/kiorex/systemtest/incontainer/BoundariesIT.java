package com.kiorex.systemtest.incontainer;

import static com.kiorex.systemtest.incontainer.Scene.ADMIN;
import static com.kiorex.systemtest.incontainer.Scene.BIRTH_DATE;
import static com.kiorex.systemtest.incontainer.Scene.details;
import static com.kiorex.systemtest.incontainer.Scene.newSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kiorex.kernel.audit.control.AuditTrail;
import com.kiorex.kernel.audit.entity.AuditAction;
import com.kiorex.kernel.audit.entity.AuditEvent;
import com.kiorex.kernel.contract.BookingEvent;
import com.kiorex.kernel.messaging.control.IdempotentReceiver;
import com.kiorex.kernel.paging.Page;
import com.kiorex.kernel.paging.PageRequest;
import com.kiorex.kernel.problem.AccessRefused;
import com.kiorex.kernel.problem.Conflict;
import com.kiorex.kernel.security.Role;
import com.kiorex.patients.boundary.ConsentDetails;
import com.kiorex.patients.boundary.Consents;
import com.kiorex.patients.boundary.HistoryEntryDetails;
import com.kiorex.patients.boundary.HistoryEntryView;
import com.kiorex.patients.boundary.MedicalHistory;
import com.kiorex.patients.boundary.PatientRecords;
import com.kiorex.patients.boundary.PatientRegistry;
import com.kiorex.patients.boundary.PatientSearch;
import com.kiorex.patients.boundary.PatientSummary;
import com.kiorex.patients.entity.ConsentPurpose;
import com.kiorex.notifications.control.BookingNotifications;
import com.kiorex.patients.entity.HistoryCategory;
import com.kiorex.systemtest.incontainer.Scene.Holder;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The boundaries called directly, inside the real WAR on Payara Micro, on the real database. This
 * is the tier's only test class on purpose: each Arquillian deployment starts a Payara of its own.
 * Arquillian 1.9.1 runs {@code @Nested} classes outside the container, so the groups are sections.
 */
@ExtendWith({ServerLifecycle.class, ArquillianExtension.class})
class BoundariesIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerServer.deployment(BoundariesIT.class, Scene.class, ServerLifecycle.class,
                BookingNotices.class);
    }

    @Inject
    Scene scene;

    @Inject
    UserTransaction tx;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotentReceiver receiver;

    @Inject
    PatientRegistry registry;

    @Inject
    MedicalHistory history;

    @Inject
    Consents consents;

    @Inject
    PatientSearch search;

    @Inject
    BookingNotifications bookingNotifications;

    @Inject
    PatientRecords records;

    @Inject
    BookingNotices bookingNotices;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    // --- The audit trail shares the business transaction's fate; a refusal is kept regardless

    @Test
    void successAudit_commitsTogetherWithTheChange() throws Exception {
        Holder ada = scene.newPatient();
        String request = scene.actAs(ada.subject(), Role.PATIENT);
        tx.begin();
        registry.update(ada.id(), ada.record().version(), details("Ada", "Committed", BIRTH_DATE));
        tx.commit();

        assertEquals(List.of("UPDATE SUCCESS"), rows(scene.auditRows(request, ada.id())));
        scene.actAs(ada.subject(), Role.PATIENT);
        assertEquals("Committed", registry.profile(ada.id()).familyName());
    }

    @Test
    void successAudit_isRolledBackTogetherWithTheChange() throws Exception {
        Holder ada = scene.newPatient();
        String request = scene.actAs(ada.subject(), Role.PATIENT);
        tx.begin();
        registry.update(ada.id(), ada.record().version(), details("Ada", "RolledBack", BIRTH_DATE));
        tx.rollback();

        assertEquals(List.of(), rows(scene.auditRows(request, ada.id())));
        scene.actAs(ada.subject(), Role.PATIENT);
        assertEquals("Tester", registry.profile(ada.id()).familyName());
    }

    @Test
    void refusedAudit_outlivesTheCallersRollback() throws Exception {
        Holder ada = scene.newPatient();
        Holder stranger = scene.newPatient();
        String request = scene.actAs(stranger.subject(), Role.PATIENT);
        tx.begin();
        assertThrows(AccessRefused.class, () -> registry.profile(ada.id()));
        assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus());
        tx.rollback();

        assertEquals(List.of("READ REFUSED"), rows(scene.auditRows(request, ada.id())));
    }

    @Test
    void successAudit_isNeverWrittenOutsideATransaction() {
        UUID someone = UUID.randomUUID();
        assertThrows(EJBTransactionRequiredException.class,
                () -> audit.success(AuditAction.READ, "Patient", someone, someone));
    }

    // --- Who reaches what (PatientAccess, applied by every boundary)

    @Test
    void patient_readsOwnProfile_butNotAnotherPatients() {
        Holder ada = scene.newPatient();
        Holder bob = scene.newPatient();
        scene.actAs(ada.subject(), Role.PATIENT);

        assertEquals(ada.id(), registry.profile(ada.id()).id());
        assertThrows(AccessRefused.class, () -> registry.profile(bob.id()));
    }

    @Test
    void doctor_readsAndRecordsHistory_onlyOnceOnTheCareTeam() {
        Holder ada = scene.newPatient();
        String doctor = newSubject();
        scene.actAs(doctor, Role.DOCTOR);
        assertThrows(AccessRefused.class, () -> history.of(ada.id(), false));
        assertThrows(AccessRefused.class, () -> history.record(ada.id(), asthma()));

        scene.putOnCareTeam(ada.id(), doctor);
        scene.actAs(doctor, Role.DOCTOR);
        HistoryEntryView recorded = history.record(ada.id(), asthma());
        assertEquals(Role.DOCTOR, recorded.recordedByRole());
        assertEquals(List.of(recorded.id()), history.of(ada.id(), false).stream().map(HistoryEntryView::id).toList());
    }

    @Test
    void doctor_onTheCareTeam_readsTheProfile_butMayNotChangeIt() {
        Holder ada = scene.newPatient();
        String doctor = newSubject();
        scene.putOnCareTeam(ada.id(), doctor);
        scene.actAs(doctor, Role.DOCTOR);

        assertEquals("Tester", registry.profile(ada.id()).familyName());
        assertThrows(AccessRefused.class,
                () -> registry.update(ada.id(), ada.record().version(), details("Ada", "Renamed", BIRTH_DATE)));
    }

    @Test
    void admin_readsHistory_onlyWithAStatedReason_whichTheAuditRowKeeps() {
        Holder ada = scene.newPatient();
        scene.actAs(ADMIN, Role.ADMIN);
        assertThrows(AccessRefused.class, () -> history.of(ada.id(), false));

        String request = scene.actAsAdminGiving("complaint 2026-117");
        assertEquals(List.of(), history.of(ada.id(), false));
        List<AuditEvent> rows = scene.auditRows(request, ada.id());
        assertEquals(List.of("READ SUCCESS"), rows(rows));
        assertEquals("break-glass: complaint 2026-117", rows.get(0).reason());
    }

    @Test
    void admin_neverRecordsHistory_evenWithAStatedReason() {
        Holder ada = scene.newPatient();
        scene.actAsAdminGiving("complaint 2026-118");
        assertThrows(AccessRefused.class, () -> history.record(ada.id(), asthma()));
    }

    @Test
    void consent_isGivenOnlyByTheAccountHolder_notByTheirDoctorNorAnAdmin() {
        Holder ada = scene.newPatient();
        String doctor = newSubject();
        scene.putOnCareTeam(ada.id(), doctor);
        ConsentDetails research = new ConsentDetails(ConsentPurpose.RESEARCH, "2026-11");

        scene.actAs(doctor, Role.DOCTOR);
        assertThrows(AccessRefused.class, () -> consents.grant(ada.id(), research));
        scene.actAsAdminGiving("the patient asked by phone");
        assertThrows(AccessRefused.class, () -> consents.grant(ada.id(), research));
        scene.actAs(ada.subject(), Role.PATIENT);
        assertTrue(consents.grant(ada.id(), research).active());
    }

    // --- Idempotent consumers remember a key only when their transaction commits

    @Test
    void firstDelivery_isTrueOncePerKey_andEachConsumerCountsItsOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        assertTrue(committed(() -> receiver.firstDelivery("it.welcome", key)));
        assertFalse(committed(() -> receiver.firstDelivery("it.welcome", key)));
        assertTrue(committed(() -> receiver.firstDelivery("it.billing", key)));
    }

    @Test
    void firstDelivery_thatRolledBack_leavesTheKeyUnseen() throws Exception {
        String key = UUID.randomUUID().toString();
        tx.begin();
        assertTrue(receiver.firstDelivery("it.welcome", key));
        tx.rollback();
        assertTrue(committed(() -> receiver.firstDelivery("it.welcome", key)));
    }

    // --- Two events of one booking consumed at the same moment (the consumer's two sessions)

    /**
     * BOOKED and CANCELLED of a booking notifications has not seen yet, each in its consumer's
     * transaction, started together: both must commit (a refused one would be redelivered, and
     * dead-lettered if it kept losing), and whichever order they take, the cancellation wins.
     */
    @Test
    void bookedAndCancelled_handledTogether_bothCommit_andNoReminderOutlivesTheCancellation() throws Exception {
        ExecutorService sessions = Executors.newFixedThreadPool(2, threads);
        try {
            for (int pair = 0; pair < 25; pair++) {
                UUID booking = UUID.randomUUID();
                String person = newSubject();
                Instant bookedAt = Instant.now().minusSeconds(10);
                BookingEvent booked = bookingEvent(BookingEvent.BOOKED, booking, person, bookedAt);
                BookingEvent cancelled = bookingEvent(BookingEvent.CANCELLED, booking, person, bookedAt.plusSeconds(1));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> first = sessions.submit(() -> consumeWhenBothAreReady(booked, together));
                Future<Boolean> second = sessions.submit(() -> consumeWhenBothAreReady(cancelled, together));

                assertTrue(first.get(60, TimeUnit.SECONDS), "BOOKED committed, pair " + pair);
                assertTrue(second.get(60, TimeUnit.SECONDS), "CANCELLED committed, pair " + pair);
                assertEquals(Boolean.TRUE, bookingNotices.cancelled(booking));
                assertEquals(0L, bookingNotices.queuedReminders(booking), "reminders of a cancelled booking");
                assertEquals(1L, bookingNotices.notices(booking, BookingEvent.CANCELLED, person));
            }
        } finally {
            sessions.shutdownNow();
        }
    }

    /** A BOOKED that comes after its booking's CANCELLED (redelivered late) tells and schedules nothing. */
    @Test
    void aBookedHandledAfterItsCancellation_isANoOp() {
        UUID booking = UUID.randomUUID();
        String person = newSubject();
        Instant bookedAt = Instant.now().minusSeconds(10);
        BookingEvent cancelled = bookingEvent(BookingEvent.CANCELLED, booking, person, bookedAt.plusSeconds(1));
        BookingEvent booked = bookingEvent(BookingEvent.BOOKED, booking, person, bookedAt);

        assertTrue(receiver.once("it.booking-order", cancelled.eventId().toString(),
                () -> bookingNotifications.handle(cancelled)));
        assertTrue(receiver.once("it.booking-order", booked.eventId().toString(),
                () -> bookingNotifications.handle(booked)));

        assertEquals(0L, bookingNotices.notices(booking, BookingEvent.BOOKED, person));
        assertEquals(0L, bookingNotices.queuedReminders(booking));
        assertEquals(1L, bookingNotices.notices(booking, BookingEvent.CANCELLED, person));
    }

    /**
     * A BOOKED sent before the patient's erasure and handled after it (it waited in the outbox or on
     * the broker) tells and reminds no one on the patient's side; the doctor is still told.
     */
    @Test
    void aBookingEventHandledAfterThePatientsErasure_reachesOnlyTheDoctor() {
        Scene.Holder holder = scene.newPatient();
        UUID booking = UUID.randomUUID();
        BookingEvent booked = new BookingEvent(UUID.randomUUID(), BookingEvent.BOOKED, booking, holder.id(),
                List.of(holder.subject()), "it-doctor", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                null, "Europe/Paris", Instant.now().minusSeconds(5));
        scene.actAs(holder.subject(), Role.PATIENT);
        records.erase(holder.id());

        assertTrue(receiver.once("it.booking-erased", booked.eventId().toString(), () -> bookingNotifications.handle(booked)));

        assertEquals(0L, bookingNotices.notices(booking, BookingEvent.BOOKED, holder.subject()));
        assertEquals(0L, bookingNotices.queuedReminders(booking));
        assertEquals(1L, bookingNotices.notices(booking, BookingEvent.BOOKED, "it-doctor"));
    }

    private boolean consumeWhenBothAreReady(BookingEvent event, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return receiver.once("it.booking-race", event.eventId().toString(), () -> bookingNotifications.handle(event));
    }

    private static BookingEvent bookingEvent(String type, UUID booking, String person, Instant occurredAt) {
        return new BookingEvent(UUID.randomUUID(), type, booking, UUID.randomUUID(), List.of(person), "it-doctor",
                Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), null, "Europe/Paris", occurredAt);
    }

    // --- Search: prefix and date filters, totals across pages, and an audit row per patient shown

    @Test
    void search_filtersByFamilyNamePrefixAndBirthDate_andCountsEveryPage() {
        String family = uniqueFamilyName();
        LocalDate otherBirthDate = LocalDate.of(1990, 6, 1);
        scene.newPatient(family + "a", BIRTH_DATE);
        scene.newPatient(family + "b", BIRTH_DATE);
        scene.newPatient(family + "c", otherBirthDate);
        scene.actAs(newSubject(), Role.NURSE);

        Page<PatientSummary> first = search.search(byName(family, null), new PageRequest(0, 2));
        Page<PatientSummary> second = search.search(byName(family, null), new PageRequest(1, 2));
        Page<PatientSummary> bornThen = search.search(byName(family, otherBirthDate), new PageRequest(0, 2));

        assertEquals(List.of(family + "a", family + "b"), familyNames(first));
        assertEquals(List.of(family + "c"), familyNames(second));
        assertEquals(List.of(3L, 3L, 2L), List.of(first.total(), second.total(), first.totalPages()));
        assertEquals(List.of(family + "c"), familyNames(bornThen));
        assertEquals(1L, bornThen.total());
    }

    @Test
    void search_auditsEachPatientItShows_once() {
        String family = uniqueFamilyName();
        Holder shown = scene.newPatient(family + "a", BIRTH_DATE);
        Holder alsoShown = scene.newPatient(family + "b", BIRTH_DATE);
        Holder onTheNextPage = scene.newPatient(family + "c", BIRTH_DATE);
        String request = scene.actAs(newSubject(), Role.NURSE);

        search.search(byName(family, null), new PageRequest(0, 2));

        assertEquals(List.of("SEARCH SUCCESS"), rows(scene.auditRows(request, shown.id())));
        assertEquals(List.of("SEARCH SUCCESS"), rows(scene.auditRows(request, alsoShown.id())));
        assertEquals(List.of(), rows(scene.auditRows(request, onTheNextPage.id())));
    }

    // --- Optimistic locking

    @Test
    void update_withAStaleVersion_isAConflict_andChangesNothing() {
        Holder ada = scene.newPatient();
        long read = ada.record().version();
        scene.actAs(ada.subject(), Role.PATIENT);
        long afterFirst = registry.update(ada.id(), read, details("Ada", "First", BIRTH_DATE)).version();

        assertThrows(Conflict.class, () -> registry.update(ada.id(), read, details("Ada", "Second", BIRTH_DATE)));
        assertEquals(read + 1, afterFirst);
        assertEquals("First", registry.profile(ada.id()).familyName());
    }

    private <T> T committed(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private static List<String> rows(List<AuditEvent> events) {
        return events.stream().map(e -> e.action() + " " + e.outcome()).toList();
    }

    private static HistoryEntryDetails asthma() {
        return new HistoryEntryDetails(HistoryCategory.CONDITION, "ICD-10", "J45", "Asthma",
                LocalDate.of(2020, 1, 1), null, null);
    }

    private static PatientSearch.Criteria byName(String familyPrefix, LocalDate birthDate) {
        return new PatientSearch.Criteria(familyPrefix, null, birthDate);
    }

    private static List<String> familyNames(Page<PatientSummary> page) {
        return page.items().stream().map(PatientSummary::familyName).toList();
    }

    /** Letters only, unlikely to prefix anybody else's name in the shared database. */
    private static String uniqueFamilyName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Zq");
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
