package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ADMIN;
import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.JOY;
import static com.kiorex.systemtest.Fixtures.PHARMA;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prescriptions end to end with real tokens: a doctor caring for Alice prescribes, Alice downloads
 * the PDF (read back as text), anyone checks the code publicly without learning anything clinical,
 * a pharmacist dispenses it exactly once, cancellation and expiry rules hold, everyone else is refused,
 * and bad input is a 400 that stores nothing.
 */
class PrescriptionsIT {

    static final String CODE_SHAPE = "[A-Z2-7]{4}(-[A-Z2-7]{4}){4}";
    static String alice;
    static String bob;
    static JsonObject aliceProfile;

    @BeforeAll
    static void patients() {
        alice = patientIdOf(ALICE);
        bob = patientIdOf(BOB);
        Fixtures.assignCareTeam(alice, HOUSE, "doctor");
        aliceProfile = api(ALICE).get("/patients/" + alice).json();
    }

    static String body(String patientId, String atcCode, String route, int durationDays) {
        return """
                {"patientId":"%s","items":[{"medicineName":"Amoxicillin","atcCode":%s,"strength":"500 mg",
                 "dose":"1 capsule","route":%s,"frequency":"three times a day","durationDays":%d,
                 "quantity":21,"quantityUnit":"capsule","instructions":"Finish the course"}]}"""
                .formatted(patientId, atcCode == null ? "null" : "\"" + atcCode + "\"",
                        route == null ? "null" : "\"" + route + "\"", durationDays);
    }

    /** House prescribes for Alice; returns the 201 body (prescription + verification code). */
    static JsonObject issued() {
        ApiClient.Reply reply = api(HOUSE).post("/prescriptions", body(alice, "J01CA04", "ORAL", 7));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    static String idOf(JsonObject issued) {
        return issued.getJsonObject("prescription").getString("id");
    }

    static ApiClient.Reply dispense(String code) {
        return api(PHARMA).post("/prescriptions/dispense", "{\"code\":\"" + code + "\"}");
    }

    static JsonObject verify(String code) {
        ApiClient.Reply reply = TestStack.api().get("/public/prescriptions/verify/" + code);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        return reply.json();
    }

    @Test
    void issue_thenThePatientDownloadsAPdfWithEverythingOnIt() throws Exception {
        JsonObject issued = issued();
        JsonObject prescription = issued.getJsonObject("prescription");
        String code = issued.getString("verificationCode");
        assertThat(code).matches(CODE_SHAPE);
        assertThat(prescription.getString("status")).isEqualTo("ACTIVE");
        assertThat(prescription.getString("validity")).isEqualTo("VALID");
        assertThat(prescription.getString("prescriberName")).isEqualTo("Gregory House");
        assertThat(prescription.getJsonArray("items").getJsonObject(0).getString("routeCode")).isEqualTo("20053000");
        assertThat(prescription.containsKey("verificationCode")).isFalse();
        assertThat(LocalDate.parse(prescription.getString("expiresOn")))
                .as("30 days by default").isEqualTo(LocalDate.parse(prescription.getString("issuedAt").substring(0, 10)).plusDays(30));

        HttpResponse<byte[]> pdf = pdf(ALICE, idOf(issued));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Prescriber: Gregory House",
                    "Patient: " + aliceProfile.getString("givenName") + " " + aliceProfile.getString("familyName")
                            + ", born " + aliceProfile.getString("birthDate"),
                    "Issued: " + prescription.getString("issuedAt").substring(0, 10),
                    "Valid until: " + prescription.getString("expiresOn"),
                    "1. Amoxicillin 500 mg (ATC J01CA04)", "Dose: 1 capsule, oral use, three times a day, for 7 days",
                    "Quantity: 21 capsule", "Instructions: Finish the course", "Verification code: " + code,
                    "/api/public/prescriptions/verify/" + code);
        }
        assertThat(pdf(HOUSE, idOf(issued)).statusCode()).as("the prescriber").isEqualTo(200);
        assertThat(Database.count("select count(*) from audit_event where resource_type = 'Prescription' "
                + "and resource_id = ?::uuid and action = 'EXPORT' and outcome = 'SUCCESS'", idOf(issued))).isEqualTo(2);
    }

    /**
     * The patient is told by email (the test SMTP server) and in-app that a prescription from their
     * doctor is ready, then that it was cancelled; neither message names a medicine or carries the code,
     * and another patient is told nothing.
     */
    @Test
    void issueAndCancel_tellThePatientByEmailAndInApp_withoutMedicineOrCode_andNobodyElse() throws Exception {
        String aliceMail = "alice-rx-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.kiorex.local";
        String bobMail = "bob-rx-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.kiorex.local";
        NotificationsIT.putPreferences(ALICE, "{\"email\":\"%s\",\"language\":\"en\",\"channels\":{\"*\":[\"EMAIL\",\"IN_APP\"]}}"
                .formatted(aliceMail));
        NotificationsIT.putPreferences(BOB, "{\"email\":\"%s\",\"channels\":{\"*\":[\"EMAIL\",\"IN_APP\"]}}"
                .formatted(bobMail));
        JsonObject issued = issued();
        String id = idOf(issued);
        String code = issued.getString("verificationCode");

        assertThat(Fixtures.eventually(Duration.ofSeconds(30), () -> NotificationsIT.mailsTo(aliceMail).size() == 1))
                .as("the patient's email").isTrue();
        MimeMessage ready = NotificationsIT.mailsTo(aliceMail).get(0);
        assertThat(ready.getSubject()).isEqualTo("A prescription is ready");
        assertThat(ready.getContent().toString()).contains("Dr Gregory House", "ready in Kiorex")
                .doesNotContainIgnoringCase("amoxicillin").doesNotContain("J01CA04", "500 mg", code);
        assertThat(Fixtures.eventually(Duration.ofSeconds(20), () -> deliveredInApp(ALICE, id)
                .contains("prescription.issued"))).as("delivered in-app").isTrue();
        assertThat(inbox(ALICE, "A prescription is ready")).as("the patient's in-app inbox").isNotEmpty()
                .allSatisfy(body -> assertThat(body).contains("Dr Gregory House").doesNotContainIgnoringCase("amoxicillin")
                        .doesNotContain(code));

        ApiClient.Reply cancelled = api(HOUSE).post("/prescriptions/" + id + "/cancel", "{\"reason\":\"wrong dose\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(Fixtures.eventually(Duration.ofSeconds(30), () -> NotificationsIT.mailsTo(aliceMail).size() == 2))
                .isTrue();
        MimeMessage cancellation = NotificationsIT.mailsTo(aliceMail).get(1);
        assertThat(cancellation.getSubject()).isEqualTo("A prescription was cancelled");
        assertThat(cancellation.getContent().toString()).contains("Dr Gregory House")
                .doesNotContainIgnoringCase("amoxicillin").doesNotContain("wrong dose", code);
        assertThat(Fixtures.eventually(Duration.ofSeconds(20), () -> deliveredInApp(ALICE, id)
                .contains("prescription.cancelled"))).isTrue();

        assertThat(NotificationsIT.mailsTo(bobMail)).as("another patient's email").isEmpty();
        assertThat(deliveredInApp(BOB, id)).as("another patient's notifications").isEmpty();
        assertThat(Database.count("select count(*) from notification where subject_ref like ? "
                + "and recipient_subject <> ?", "prescription:" + id + "%", TestStack.tokens().subjectOf(ALICE)))
                .isZero();
    }

    /** A family member's prescription is told to the account holder who manages their record. */
    @Test
    void aFamilyMembersPrescription_isToldToTheAccountHolder() {
        ApiClient.Reply member = api(ALICE).post("/patients/" + alice + "/family-members", """
                {"relationship":"child","person":{"givenName":"Rx","familyName":"Tester","birthDate":"2016-04-05"}}""");
        assertThat(member.status()).isEqualTo(201);
        String child = member.json().getString("id");
        Fixtures.assignCareTeam(child, HOUSE, "doctor");

        ApiClient.Reply reply = api(HOUSE).post("/prescriptions", body(child, "J01CA04", "ORAL", 5));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = idOf(reply.json());

        assertThat(Fixtures.eventually(Duration.ofSeconds(30), () -> deliveredInApp(ALICE, id)
                .contains("prescription.issued"))).isTrue();
    }

    /** Templates of the caller's notifications about this prescription delivered in-app, as they see them. */
    private static List<String> deliveredInApp(String username, String prescriptionId) {
        return api(username).get("/me/notifications?size=100").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(n -> n.getString("subjectRef").startsWith("prescription:" + prescriptionId))
                .filter(n -> n.getJsonArray("deliveries").stream()
                        .anyMatch(d -> d.asJsonObject().getString("channel").equals("IN_APP")
                                && d.asJsonObject().getString("status").equals("DELIVERED")))
                .map(n -> n.getString("template")).toList();
    }

    /** Bodies of the caller's in-app inbox messages with this title. */
    private static List<String> inbox(String username, String title) {
        return api(username).get("/me/inbox?size=100").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getString("title").equals(title))
                .map(m -> m.getString("body")).toList();
    }

    @Test
    void publicCheck_tellsOnlyStatusDateAndPrescriber() {
        JsonObject issued = issued();
        String code = issued.getString("verificationCode");

        ApiClient.Reply reply = TestStack.api().get("/public/prescriptions/verify/" + code.toLowerCase());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        JsonObject answer = reply.json();
        assertThat(answer.keySet()).containsExactlyInAnyOrder("status", "issuedOn", "prescriberName");
        assertThat(answer.getString("status")).isEqualTo("VALID");
        assertThat(answer.getString("prescriberName")).isEqualTo("Gregory House");
        assertThat(answer.getString("issuedOn"))
                .isEqualTo(issued.getJsonObject("prescription").getString("issuedAt").substring(0, 10));
        assertThat(reply.body()).doesNotContain(alice, aliceProfile.getString("familyName"), "Amoxicillin");

        ApiClient.Reply unknown = TestStack.api().get("/public/prescriptions/verify/AAAA-AAAA-AAAA-AAAA-AAAA");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(problem(unknown).getString("detail")).doesNotContain("AAAA");
        assertThat(TestStack.api().get("/public/prescriptions/verify/not-a-code").status()).isEqualTo(404);
    }

    @Test
    void pharmacist_looksUpByCodeInTheBody_andDispensesExactlyOnce() {
        JsonObject issued = issued();
        String code = issued.getString("verificationCode");

        ApiClient.Reply found = api(PHARMA).post("/prescriptions/lookup", "{\"code\":\"" + code + "\"}");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getString("medicineName")).isEqualTo("Amoxicillin");

        ApiClient.Reply first = dispense(code);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("DISPENSED");
        ApiClient.Reply second = dispense(code);
        assertThat(second.status()).isEqualTo(409);
        assertThat(problem(second).getString("detail")).contains("already dispensed");

        assertThat(verify(code).getString("status")).isEqualTo("DISPENSED");
        assertThat(api(ALICE).get("/prescriptions/" + idOf(issued)).json().getString("status")).isEqualTo("DISPENSED");
        assertThat(Database.count("select count(*) from audit_event where resource_type = 'Prescription' "
                        + "and resource_id = ?::uuid and action = 'UPDATE' and outcome = 'SUCCESS' and user_roles = 'pharmacist'",
                idOf(issued))).isEqualTo(1);
    }

    @Test
    void dispensesAtTheSameMoment_onlyOneWins() throws Exception {
        String code = issued().getString("verificationCode");
        TestStack.tokens().of(PHARMA);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replies.add(pool.submit(() -> dispense(code).status()));
            }
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        assertThat(Database.count("select count(*) from prescription where status = 'DISPENSED' "
                + "and verification_hash = encode(sha256(convert_to(replace(?, '-', ''), 'UTF8')), 'hex')", code))
                .isEqualTo(1);
    }

    @Test
    void pharmacist_cannotReachAPrescriptionWithoutItsCode() {
        JsonObject issued = issued();

        assertThat(api(PHARMA).get("/prescriptions/" + idOf(issued)).status()).isEqualTo(403);
        assertThat(api(PHARMA).post("/prescriptions/lookup", "{\"code\":\"AAAA-AAAA-AAAA-AAAA-AAAA\"}").status())
                .isEqualTo(404);
        assertThat(api(HOUSE).post("/prescriptions/dispense",
                "{\"code\":\"" + issued.getString("verificationCode") + "\"}").status()).as("a doctor").isEqualTo(403);
        assertThat(verify(issued.getString("verificationCode")).getString("status")).isEqualTo("VALID");
    }

    @Test
    void cancel_onlyByThePrescriber_withAReason_andThenItCannotBeDispensed() {
        JsonObject issued = issued();
        String id = idOf(issued);
        String code = issued.getString("verificationCode");

        assertThat(api(GREY).post("/prescriptions/" + id + "/cancel", "{\"reason\":\"not mine\"}").status())
                .isEqualTo(403);
        assertThat(api(ALICE).post("/prescriptions/" + id + "/cancel", "{\"reason\":\"changed my mind\"}").status())
                .isEqualTo(403);
        ApiClient.Reply noReason = api(HOUSE).post("/prescriptions/" + id + "/cancel", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(problem(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(verify(code).getString("status")).isEqualTo("VALID");

        ApiClient.Reply cancelled = api(HOUSE).post("/prescriptions/" + id + "/cancel", "{\"reason\":\"wrong dose\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().getString("cancelReason")).isEqualTo("wrong dose");

        assertThat(api(HOUSE).post("/prescriptions/" + id + "/cancel", "{\"reason\":\"again\"}").status()).isEqualTo(409);
        assertThat(dispense(code).status()).isEqualTo(409);
        assertThat(verify(code).getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void expired_cannotBeDispensed_andThePublicCheckSaysExpired() throws SQLException {
        JsonObject issued = issued();
        String code = issued.getString("verificationCode");
        // time travel for one row: the application's own role moves the expiry date into the past
        try (Connection c = Database.asApplication();
             PreparedStatement p = c.prepareStatement(
                     "update prescription set expires_on = current_date - 1 where public_id = ?::uuid")) {
            p.setString(1, idOf(issued));
            assertThat(p.executeUpdate()).isEqualTo(1);
        }

        ApiClient.Reply refused = dispense(code);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(problem(refused).getString("detail")).contains("expired");
        assertThat(verify(code).getString("status")).isEqualTo("EXPIRED");
        assertThat(api(ALICE).get("/prescriptions/" + idOf(issued)).json().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void otherPatientsOtherDoctorsAndOtherRoles_areRefused_andRefusalsAudited() throws Exception {
        String id = idOf(issued());

        assertThat(api(BOB).get("/prescriptions/" + id).status()).isEqualTo(403);
        assertThat(pdf(BOB, id).statusCode()).isEqualTo(403);
        assertThat(api(BOB).get("/patients/" + alice + "/prescriptions").status()).isEqualTo(403);
        assertThat(api(GREY).get("/prescriptions/" + id).status()).as("a doctor not caring for Alice").isEqualTo(403);
        assertThat(api(GREY).post("/prescriptions", body(alice, "J01CA04", "ORAL", 7)).status()).isEqualTo(403);
        assertThat(api(HOUSE).post("/prescriptions", body(bob, "J01CA04", "ORAL", 7)).status())
                .as("House does not care for Bob").isEqualTo(403);
        assertThat(api(JOY).get("/prescriptions/" + id).status()).isEqualTo(403);
        assertThat(api(ADMIN).get("/prescriptions/" + id).status()).isEqualTo(403);
        assertThat(api(ALICE).post("/prescriptions", body(alice, "J01CA04", "ORAL", 7)).status()).isEqualTo(403);
        assertThat(TestStack.api().get("/prescriptions/" + id).status()).as("no token").isEqualTo(401);

        String bobSubject = TestStack.tokens().subjectOf(BOB);
        assertThat(Database.count("select count(*) from audit_event where resource_type = 'Prescription' "
                + "and resource_id = ?::uuid and outcome = 'REFUSED' and user_subject = ?", id, bobSubject))
                .isEqualTo(2);
    }

    @Test
    void thePatientAndTheirDoctor_listAndReadThem() {
        String id = idOf(issued());

        ApiClient.Reply mine = api(ALICE).get("/patients/" + alice + "/prescriptions?size=100");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("id")).isEqualTo(id));
        assertThat(api(HOUSE).get("/patients/" + alice + "/prescriptions").status()).isEqualTo(200);
        assertThat(api(ALICE).get("/prescriptions/" + id).status()).isEqualTo(200);
        assertThat(api(ALICE).get("/prescriptions/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aFamilyMembersPrescription_isReadFromTheHoldersAccount() {
        ApiClient.Reply member = api(ALICE).post("/patients/" + alice + "/family-members", """
                {"relationship":"daughter","person":{"givenName":"Ada","familyName":"Anders","birthDate":"2019-03-04",
                 "gender":"FEMALE"}}""");
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        String child = member.json().getString("id");
        Fixtures.assignCareTeam(child, HOUSE, "doctor");

        ApiClient.Reply issued = api(HOUSE).post("/prescriptions", body(child, "R06AE07", "ORAL", 5));
        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().getJsonObject("prescription").getString("id");

        assertThat(api(ALICE).get("/prescriptions/" + id).status()).isEqualTo(200);
        assertThat(api(BOB).get("/prescriptions/" + id).status()).isEqualTo(403);
    }

    @Test
    void validity_canBeShortened_andAnErasedPatientCannotBePrescribedFor() {
        ApiClient.Reply shortOne = api(HOUSE).post("/prescriptions",
                body(alice, null, "INHALATION", 3).replaceFirst("\\{", "{\"validForDays\":10,"));
        assertThat(shortOne.status()).as(shortOne.toString()).isEqualTo(201);
        JsonObject p = shortOne.json().getJsonObject("prescription");
        assertThat(LocalDate.parse(p.getString("expiresOn")))
                .isEqualTo(LocalDate.parse(p.getString("issuedAt").substring(0, 10)).plusDays(10));
        assertThat(p.getJsonArray("items").getJsonObject(0).getString("routeCode")).isEqualTo("20020000");

        ApiClient.Reply registered = api(ADMIN).post("/patients", """
                {"patient":{"givenName":"Rx","familyName":"Erased","birthDate":"1970-01-02","gender":"MALE"}}""");
        String erased = registered.json().getString("id");
        Fixtures.assignCareTeam(erased, HOUSE, "doctor");
        assertThat(api(ADMIN).post("/patients/" + erased + "/erasure", "").status()).isEqualTo(200);
        assertThat(api(HOUSE).post("/prescriptions", body(erased, null, "ORAL", 3)).status()).isEqualTo(404);
    }

    @Test
    void badInput_isA400NamingTheFields_andStoresNothing() {
        long before = Database.count("select count(*) from prescription where patient_id = ?::uuid", alice);

        ApiClient.Reply badAtc = api(HOUSE).post("/prescriptions", body(alice, "J1CA04", "ORAL", 7));
        assertThat(badAtc.status()).isEqualTo(400);
        assertThat(problem(badAtc).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("items.atcCode");
        ApiClient.Reply badRoute = api(HOUSE).post("/prescriptions", body(alice, null, "BY_MAGIC", 0));
        assertThat(badRoute.status()).isEqualTo(400);
        assertThat(problem(badRoute).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("items.route", "items.durationDays");
        ApiClient.Reply noItems = api(HOUSE).post("/prescriptions", "{\"patientId\":\"" + alice + "\",\"items\":[]}");
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(problem(noItems).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("items");
        assertThat(api(HOUSE).post("/prescriptions", "{\"patientId\":\"nope\"}").status()).isEqualTo(400);
        assertThat(api(HOUSE).post("/prescriptions", body(UUID.randomUUID().toString(), null, "ORAL", 7)).status())
                .isEqualTo(404);
        assertThat(api(PHARMA).post("/prescriptions/dispense", "{}").status()).isEqualTo(400);

        assertThat(Database.count("select count(*) from prescription where patient_id = ?::uuid", alice))
                .isEqualTo(before);
    }

    @Test
    void fhirMedicationRequest_isValidR4_behindTheSameAccessRule() {
        String id = idOf(issued());

        ApiClient.Reply reply = api(ALICE).get("/fhir/MedicationRequest/" + id + "-1");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/fhir+json");
        IParser strict = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        MedicationRequest fhir = strict.parseResource(MedicationRequest.class, reply.body());
        assertThat(fhir.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
        assertThat(fhir.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER);
        assertThat(fhir.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("J01CA04");
        assertThat(fhir.getDosageInstructionFirstRep().getRoute().getCodingFirstRep().getCode()).isEqualTo("20053000");
        assertThat(fhir.getSubject().getReference()).isEqualTo("Patient/" + alice);
        assertThat(fhir.getGroupIdentifier().getValue()).isEqualTo(id);
        assertThat(fhir.getDispenseRequest().getQuantity().getValue().intValue()).isEqualTo(21);

        assertThat(api(BOB).get("/fhir/MedicationRequest/" + id + "-1").status()).isEqualTo(403);
        assertThat(api(ALICE).get("/fhir/MedicationRequest/" + id + "-2").status()).isEqualTo(404);
    }

    @Test
    void openApi_describesThePrescriptionEndpointsAndTheirConstraints() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestStack.get().payara().baseUrl() + "/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("/api/prescriptions/dispense", "/api/public/prescriptions/verify/{code}",
                "/api/fhir/MedicationRequest/{id}", "PrescriptionItemDetails", "INTRAVENOUS");
    }

    /** The PDF as bytes (the shared client reads bodies as text). */
    static HttpResponse<byte[]> pdf(String username, String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.get().payara().apiUrl()
                        + "/prescriptions/" + id + "/pdf"))
                .header("Authorization", "Bearer " + TestStack.tokens().of(username))
                .header("Accept", "application/pdf, application/problem+json").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
