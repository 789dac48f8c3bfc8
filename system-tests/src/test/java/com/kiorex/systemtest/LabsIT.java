package com.kiorex.systemtest;

import static com.kiorex.systemtest.Fixtures.ALICE;
import static com.kiorex.systemtest.Fixtures.BATCH;
import static com.kiorex.systemtest.Fixtures.BOB;
import static com.kiorex.systemtest.Fixtures.GREY;
import static com.kiorex.systemtest.Fixtures.HOUSE;
import static com.kiorex.systemtest.Fixtures.JOY;
import static com.kiorex.systemtest.Fixtures.LAB;
import static com.kiorex.systemtest.Fixtures.api;
import static com.kiorex.systemtest.Fixtures.assignCareTeam;
import static com.kiorex.systemtest.Fixtures.eventually;
import static com.kiorex.systemtest.Fixtures.patientIdOf;
import static com.kiorex.systemtest.Fixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.batch.labimport.ReportPdfs;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labs end to end: a doctor orders tests for a patient in their care, a lab technician uploads the
 * results (HL7 v2 ORU^R01, CSV, PDF with a text layer, scanned PDF), the lab-result-import job files
 * them; the patient and the doctor read them flagged, nobody else does; a critical value lands in the
 * doctor's inbox; unmatched results wait in the review queue; the same file twice stores nothing twice.
 */
class LabsIT {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final String CENTRAL_LAB = "6f1c2b1e-6a55-4f52-9d0e-0d7a4c1e5a01";
    private static final String HL7 = "x-application/hl7-v2+er7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String alice;
    private static String bob;

    @BeforeAll
    static void patients() {
        alice = patientIdOf(ALICE);
        bob = patientIdOf(BOB);
        assignCareTeam(alice, HOUSE, "doctor");
    }

    @Test
    void theCatalogue_isSearchedByTextKindAndFacility_withRangesAndPreparation() {
        JsonObject glucose = api(ALICE).get("/labs/tests?q=glucose").array().getJsonObject(0);
        assertThat(glucose.getString("loinc")).isEqualTo("2345-7");
        assertThat(glucose.getString("preparation")).contains("Fast");
        assertThat(glucose.getJsonArray("ranges")).isNotEmpty();
        assertThat(api(HOUSE).get("/labs/tests?kind=PANEL").array().getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("loinc")).containsExactlyInAnyOrder("58410-2", "51990-0");
        JsonObject hb = api(HOUSE).get("/labs/tests/718-7").json();
        assertThat(hb.getJsonArray("ranges").getValuesAs(JsonObject.class)).extracting(r -> r.getString("sex", "ANY"))
                .contains("FEMALE", "MALE");
        String northside = api(ALICE).get("/labs/facilities").array().getValuesAs(JsonObject.class).stream()
                .filter(f -> !f.getBoolean("homeCollection")).findFirst().orElseThrow().getString("id");
        assertThat(api(ALICE).get("/labs/tests?facility=" + northside).array()).hasSize(5);
        assertThat(problem(api(ALICE).get("/labs/tests?kind=SOUP")).getInt("status")).isEqualTo(400);
    }

    @Test
    void ordering_needsCareOrOwnership_andValidDetails_andTheCollectionMovesForwardOnly() {
        assertThat(api(GREY).post("/labs/orders", orderBody(alice, "AT_LAB", null)).status())
                .as("a doctor without a care relationship").isEqualTo(403);
        assertThat(api(BOB).post("/labs/orders", orderBody(alice, "AT_LAB", null)).status())
                .as("another patient").isEqualTo(403);
        assertThat(api(LAB).post("/labs/orders", orderBody(alice, "AT_LAB", null)).status()).isEqualTo(403);
        assertThat(problem(api(HOUSE).post("/labs/orders", "{\"patientId\":\"" + alice + "\",\"tests\":[]}"))
                .getInt("status")).isEqualTo(400);
        assertThat(problem(api(HOUSE).post("/labs/orders", orderBody(alice, "HOME", null)))
                .getInt("status")).as("home collection without address").isEqualTo(422);

        ApiClient.Reply booked = api(ALICE).post("/labs/orders", orderBody(alice, "HOME", "1 Baker Street, London"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String order = booked.json().getString("id");
        assertThat(booked.json().getString("collectionStatus")).isEqualTo("SCHEDULED");
        assertThat(booked.json().getString("orderingDoctorSubject", null)).as("booked by the patient").isNull();
        assertThat(api(BOB).get("/labs/orders/" + order).status()).isEqualTo(403);
        assertThat(api(GREY).get("/labs/orders/" + order).status()).isEqualTo(403);
        assertThat(api(BOB).get("/patients/" + alice + "/lab-orders").status()).isEqualTo(403);
        assertThat(api(GREY).post("/labs/orders/" + order + "/collection", "{\"status\":\"CANCELLED\"}").status())
                .as("a doctor who does not care for her").isEqualTo(403);

        String collector = TestStack.tokens().subjectOf(LAB);
        assertThat(api(LAB).post("/labs/orders/" + order + "/collector", "{\"collectorSubject\":\"" + collector + "\"}")
                .json().getString("collectionStatus")).isEqualTo("COLLECTOR_ASSIGNED");
        assertThat(api(ALICE).post("/labs/orders/" + order + "/collection", "{\"status\":\"COLLECTED\"}").status())
                .as("only lab staff record a collection").isEqualTo(403);
        assertThat(api(LAB).post("/labs/orders/" + order + "/collection", "{\"status\":\"COLLECTED\"}")
                .json().getString("collectionStatus")).isEqualTo("COLLECTED");
        assertThat(problem(api(ALICE).post("/labs/orders/" + order + "/collection", "{\"status\":\"CANCELLED\"}"))
                .getInt("status")).as("too late to cancel").isEqualTo(422);
        assertThat(api(ALICE).get("/patients/" + alice + "/lab-orders").array().getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("id")).contains(order);
    }

    @Test
    void anHl7File_isImported_flagged_readByThePatientAndTheirDoctor_andRefusedToOthers() {
        String order = placeOrder(alice);
        String unknownOrder = UUID.randomUUID().toString();
        String file = message(1, alice, order, new String[][] {
                {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "6.9", "mmol/L", "3.5-5.1", "HH"},
                {"2951-2", "Sodium [Moles/volume] in Serum or Plasma", "139", "mmol/L", "136-145", "N"},
                {"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "130", "mg/dL", "", ""},
                {"", "Unnamed", "1", "mg/dL", "", ""}})
                + message(2, alice, unknownOrder, new String[][] {
                {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "0.8", "mg/dL", "0.59-1.04", "N"}});

        JsonObject uploaded = upload(LAB, HL7, "results-" + order + ".hl7", file.getBytes(StandardCharsets.UTF_8), 201);
        JsonObject done = awaitFinished(uploaded.getJsonNumber("executionId").longValue());

        assertThat(done.getString("batchStatus")).isEqualTo("COMPLETED");
        JsonObject metrics = done.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics");
        assertThat(metrics.getJsonNumber("written").longValue()).as("3 filed + 1 to review").isEqualTo(4);
        assertThat(metrics.getJsonNumber("skipped").longValue()).isEqualTo(1);
        JsonObject error = api(BATCH).get("/batch/executions/" + done.getJsonNumber("id") + "/errors").array()
                .getJsonObject(0);
        assertThat(error.getInt("itemIndex")).isEqualTo(3);
        assertThat(error.getString("reason")).contains("no observation code");
        assertThat(eventually(Duration.ofSeconds(10), () -> api(LAB).get("/labs/result-files/" + uploaded.getString("id"))
                .json().getString("status").equals("IMPORTED"))).as("file marked imported after the run").isTrue();

        List<JsonObject> asPatient = results(ALICE, alice, order);
        assertThat(asPatient).hasSize(3);
        JsonObject potassium = byLoinc(asPatient, "2823-3");
        assertThat(potassium.getString("interpretation")).isEqualTo("HH");
        assertThat(potassium.getString("rangeSource")).isEqualTo("message");
        JsonObject glucose = byLoinc(asPatient, "2345-7");
        assertThat(glucose.getString("interpretation")).as("catalogue range 70-99").isEqualTo("H");
        assertThat(glucose.getString("rangeSource")).isEqualTo("catalogue");
        assertThat(byLoinc(asPatient, "2951-2").getString("interpretation")).isEqualTo("N");
        assertThat(results(HOUSE, alice, order)).hasSize(3);

        assertThat(api(BOB).get("/patients/" + alice + "/lab-results").status()).isEqualTo(403);
        assertThat(api(GREY).get("/patients/" + alice + "/lab-results").status()).isEqualTo(403);
        assertThat(api(JOY).get("/patients/" + alice + "/lab-results").status()).as("not on the care team").isEqualTo(403);
        assertThat(api(LAB).get("/patients/" + alice + "/lab-results").status()).isEqualTo(403);
        assertThat(api(GREY).get("/patients/" + alice + "/lab-results/trends/2823-3").status()).isEqualTo(403);

        String potassiumId = potassium.getString("id");
        ApiClient.Reply fhir = api(HOUSE).get("/fhir/Observation/" + potassiumId);
        assertThat(fhir.status()).as(fhir.toString()).isEqualTo(200);
        Observation observation = FhirPatientIT.STRICT.parseResource(Observation.class, fhir.body());
        assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("2823-3");
        assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo("6.9");
        assertThat(observation.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("HH");
        assertThat(observation.getSubject().getReference()).isEqualTo("Patient/" + alice);
        assertThat(api(BOB).get("/fhir/Observation/" + potassiumId).status()).isEqualTo(403);
        assertThat(api(GREY).get("/fhir/Observation/" + potassiumId).status()).isEqualTo(403);
        assertThat(api(ALICE).get("/patients/" + alice + "/lab-results/" + potassiumId).json().getString("loinc"))
                .isEqualTo("2823-3");
        assertThat(api(GREY).get("/patients/" + alice + "/lab-results/" + potassiumId).status()).isEqualTo(403);
        assertThat(api(BOB).get("/patients/" + bob + "/lab-results/" + potassiumId).status())
                .as("another patient's result under one's own id").isEqualTo(404);
        assertThat(api(BOB).get("/labs/result-files/" + uploaded.getString("id")).status()).isEqualTo(403);
        assertThat(eventually(Duration.ofSeconds(10), () -> api(HOUSE).get("/me/inbox?size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("kind").equals("lab.critical-value") && m.getString("body").contains(potassiumId))))
                .as("critical value alert in the ordering doctor's inbox").isTrue();
        assertThat(api(ALICE).get("/me/inbox?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(m -> m.getString("kind").equals("lab.critical-value"));
        String requestId = UUID.nameUUIDFromBytes(("critical:" + potassiumId).getBytes(StandardCharsets.UTF_8)).toString();
        // and through the notification pipeline: one urgent notification for the ordering doctor, delivered
        assertThat(eventually(Duration.ofSeconds(30), () -> Database.count("select count(*) from notification n "
                + "join notification_delivery d on d.notification_id = n.id where n.source_key = ? "
                + "and n.template = 'lab.critical-value' and n.urgent and n.recipient_subject = ? "
                + "and d.status in ('SENT', 'DELIVERED')", requestId, TestStack.tokens().subjectOf(HOUSE)) > 0))
                .as("the urgent lab.critical-value notification reaches the ordering doctor").isTrue();
        assertThat(Database.count("select count(*) from notification where source_key = ?", requestId)).isEqualTo(1);

        assertThat(api(LAB).get("/labs/reviews?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(r -> unknownOrder.equals(r.getString("orderRef", null))
                        && r.getString("reason").contains("no lab order"));
        assertThat(Database.count("select count(*) from audit_event where resource_type = 'LabObservation' "
                + "and patient_id = ?::uuid and action = 'CREATE'", alice)).isPositive();
    }

    @Test
    void theSameFileTwice_storesNothingTwice_evenWhenItsImportRunsAgain() {
        String order = placeOrder(alice);
        byte[] file = message(7, alice, order, new String[][] {
                {"2823-3", "Potassium", "4.4", "mmol/L", "3.5-5.1", "N"},
                {"2951-2", "Sodium", "141", "mmol/L", "136-145", "N"}}).getBytes(StandardCharsets.UTF_8);
        JsonObject first = upload(LAB, HL7, "twice.hl7", file, 201);
        awaitFinished(first.getJsonNumber("executionId").longValue());
        assertThat(results(ALICE, alice, order)).hasSize(2);

        JsonObject again = upload(LAB, HL7, "twice-again.hl7", file, 200);
        assertThat(again.getBoolean("duplicate")).isTrue();
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));

        ApiClient.Reply rerun = api(BATCH).post("/batch/jobs/lab-result-import/executions",
                "{\"fileNumber\": " + first.getJsonNumber("fileNumber") + "}");
        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(201);
        assertThat(awaitFinished(rerun.json().getJsonNumber("id").longValue()).getString("batchStatus"))
                .isEqualTo("COMPLETED");
        assertThat(results(ALICE, alice, order)).as("nothing stored twice").hasSize(2);
        assertThat(Database.count("select count(*) from lab_observation where source_sha256 = ?",
                first.getString("sha256"))).isEqualTo(2);
    }

    @Test
    void csvTextPdfAndScannedPdf_areImported_andTheTrendSpansThem() {
        String order = placeOrder(alice);
        String csv = "patient_id,order_id,loinc,test_name,value,unit,reference_range,flag,observed_at,sex,birth_date\n"
                + alice + "," + order + ",2823-3,Potassium,5.6,mmol/L,3.5-5.1,H,2026-11-01T08:00:00Z,F,1985-05-20\n"
                + alice + "," + order + ",718-7,\"Hemoglobin, blood\",11.0,g/dL,,,2026-11-01T08:00:00Z,F,1985-05-20\n"
                + alice + "," + order + ",718-7,Hemoglobin,not-a-date,g/dL,,,yesterday,F,\n";
        awaitFinished(upload(LAB, "text/csv", "results.csv", csv.getBytes(StandardCharsets.UTF_8), 201)
                .getJsonNumber("executionId").longValue());
        List<JsonObject> afterCsv = results(HOUSE, alice, order);
        assertThat(byLoinc(afterCsv, "718-7").getString("interpretation")).as("female adult range 12.0-15.5").isEqualTo("L");
        assertThat(byLoinc(afterCsv, "2823-3").getString("interpretation")).isEqualTo("H");

        List<String> report = List.of("KIOREX LAB REPORT", "Patient: " + alice, "Order: " + order, "Sex: F",
                "Born: 1985-05-20", "Collected: 2026-11-10T08:00:00Z", "", "2823-3 4.2 mmol/L 3.5-5.1 N",
                "2345-7 88 mg/dL 70-99");
        awaitFinished(upload(LAB, "application/pdf", "report.pdf", ReportPdfs.withText(report), 201)
                .getJsonNumber("executionId").longValue());
        assertThat(results(ALICE, alice, order)).hasSize(4);

        List<String> scan = List.of("KIOREX LAB REPORT", "Patient: " + alice, "Order: " + order, "Sex: F",
                "Born: 1985-05-20", "Collected: 2026-11-15T08:00:00Z", "", "2823-3 4.8 mmol/L 3.5-5.1",
                "2951-2 138 mmol/L 136-145");
        JsonObject scanned = upload(LAB, "application/pdf", "scan.pdf", ReportPdfs.scanned(scan), 201);
        JsonObject done = awaitFinished(scanned.getJsonNumber("executionId").longValue());
        long written = done.getJsonArray("steps").getJsonObject(0).getJsonObject("metrics").getJsonNumber("written")
                .longValue();
        assertThat(written).as("both scanned lines filed or queued for review, none dropped").isEqualTo(2);
        long filed = results(ALICE, alice, order).size() - 4;
        long reviewed = Database.count("select count(*) from lab_review_item where source_sha256 = ?",
                scanned.getString("sha256"));
        assertThat(filed + reviewed).isEqualTo(2);

        JsonObject trend = api(ALICE).get("/patients/" + alice + "/lab-results/trends/2823-3").json();
        assertThat(trend.getJsonArray("points").size()).isGreaterThanOrEqualTo(2);
        assertThat(trend.getString("unit")).isEqualTo("mmol/L");
    }

    @Test
    void aFileDroppedIntoTheLabInboxFolder_isTakenImportedAndMovedAside() throws IOException {
        String order = placeOrder(alice);
        String csv = "patient_id,order_id,loinc,value,unit,observed_at\n"
                + alice + "," + order + ",2951-2,131,mmol/L,2026-11-05T08:00:00Z\n";
        Path inbox = TestStack.labInbox(TestStack.get().layout().home());
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve(".dropped.csv"), csv);
        Files.move(inbox.resolve(".dropped.csv"), inbox.resolve("dropped-" + order + ".csv"));

        assertThat(eventually(Duration.ofSeconds(90), () -> results(ALICE, alice, order).size() == 1))
                .as("imported from the folder").isTrue();
        assertThat(byLoinc(results(ALICE, alice, order), "2951-2").getString("interpretation")).isEqualTo("L");
        assertThat(inbox.resolve("processed").resolve("dropped-" + order + ".csv")).exists();
        assertThat(inbox.resolve("dropped-" + order + ".csv")).doesNotExist();
    }

    @Test
    void anUnreadableFile_isRejectedWithAClearReason_andStoresNothing() {
        JsonObject uploaded = upload(LAB, "text/csv", "wrong.csv",
                ("name,result\nAlice," + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8), 201);
        JsonObject done = awaitFinished(uploaded.getJsonNumber("executionId").longValue());
        assertThat(done.getString("exitStatus")).isEqualTo("REJECTED");
        JsonObject file = api(LAB).get("/labs/result-files/" + uploaded.getString("id")).json();
        assertThat(file.getString("status")).isEqualTo("REJECTED");
        assertThat(file.getString("rejection")).contains("missing columns");
        assertThat(Database.count("select count(*) from lab_observation where source_sha256 = ?",
                uploaded.getString("sha256"))).isZero();

        assertThat(problem(rawUpload(LAB, "image/png", new byte[] {1, 2, 3})).getInt("status")).isEqualTo(400);
        assertThat(rawUpload(HOUSE, "text/csv", new byte[] {1}).status()).as("only lab technicians upload")
                .isEqualTo(403);
    }

    @Test
    void reviewItems_areResolvedByLabStaff_onlyOnce() {
        String order = placeOrder(alice);
        String file = message(9, bob, order, new String[][] {
                {"2823-3", "Potassium", "4.0", "mmol/L", "3.5-5.1", "N"}});
        JsonObject uploaded = upload(LAB, HL7, "mismatch.hl7", file.getBytes(StandardCharsets.UTF_8), 201);
        awaitFinished(uploaded.getJsonNumber("executionId").longValue());
        JsonObject item = api(LAB).get("/labs/reviews?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> order.equals(r.getString("orderRef", null)))
                .findFirst().orElseThrow();
        assertThat(item.getString("reason")).contains("does not match");
        assertThat(api(HOUSE).get("/labs/reviews").status()).isEqualTo(403);

        String path = "/labs/reviews/" + item.getString("id") + "/resolve";
        assertThat(problem(api(LAB).post(path, "{\"patientId\":\"" + bob + "\",\"orderId\":\"" + order + "\"}"))
                .getInt("status")).as("still the wrong patient").isEqualTo(422);
        JsonObject filed = api(LAB).post(path, "{\"patientId\":\"" + alice + "\",\"orderId\":\"" + order + "\"}").json();
        assertThat(filed.getString("status")).isEqualTo("FILED");
        assertThat(results(ALICE, alice, order)).hasSize(1);
        assertThat(problem(api(LAB).post(path, "{\"dismissReason\":\"duplicate\"}")).getInt("status")).isEqualTo(422);
        assertThat(results(BOB, bob, order)).isEmpty();
    }

    // --- helpers

    static String orderBody(String patientId, String mode, String homeAddress) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonObjectBuilder body = Json.createObjectBuilder().add("patientId", patientId)
                .add("tests", Json.createArrayBuilder().add("51990-0").add("58410-2"))
                .add("facilityId", CENTRAL_LAB).add("mode", mode)
                .add("windowStart", start.toString()).add("windowEnd", start.plus(2, ChronoUnit.HOURS).toString());
        if (homeAddress != null) {
            body.add("homeAddress", homeAddress);
        }
        return body.build().toString();
    }

    static String placeOrder(String patientId) {
        ApiClient.Reply placed = api(HOUSE).post("/labs/orders", orderBody(patientId, "AT_LAB", null));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().getString("orderingDoctorSubject")).isEqualTo(TestStack.tokens().subjectOf(HOUSE));
        return placed.json().getString("id");
    }

    private static List<JsonObject> results(String user, String patientId, String order) {
        ApiClient.Reply reply = api(user).get("/patients/" + patientId + "/lab-results?size=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ofOrder = observationsOf(order);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> ofOrder.contains(r.getString("id"))).toList();
    }

    private static List<String> observationsOf(String order) {
        try (Connection c = Database.asApplication(); PreparedStatement p = c.prepareStatement(
                "select o.public_id::text from lab_observation o join lab_order r on r.id = o.order_id "
                        + "where r.public_id = ?::uuid")) {
            p.setString(1, order);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject byLoinc(List<JsonObject> results, String loinc) {
        return results.stream().filter(r -> r.getString("loinc").equals(loinc)).findFirst().orElseThrow();
    }

    /** An ORU^R01 as a laboratory system sends it; obx rows: code, name, value, unit, range, flag. */
    static String message(int number, String patientId, String orderId, String[][] obx) {
        StringBuilder m = new StringBuilder("MSH|^~\\&|LIS|KIOREX-LAB|KIOREX|HOSPITAL|20261120090000||ORU^R01^ORU_R01|IT")
                .append(number).append(UUID.randomUUID().toString(), 0, 8).append("|P|2.5.1\r")
                .append("PID|1||").append(patientId).append("^^^KIOREX^MR||Tester^Alice||19850520|F\r")
                .append("ORC|RE|").append(orderId).append("\r")
                .append("OBR|1|").append(orderId).append("||51990-0^Basic metabolic panel - Blood^LN|||20261120080000\r");
        for (int i = 0; i < obx.length; i++) {
            m.append("OBX|").append(i + 1).append("|NM|").append(obx[i][0]).append("^").append(obx[i][1])
                    .append(obx[i][0].isEmpty() ? "" : "^LN").append("||").append(obx[i][2]).append("|")
                    .append(obx[i][3]).append("|").append(obx[i][4]).append("|").append(obx[i][5])
                    .append("|||F|||20261120080000\r");
        }
        return m.append("\n").toString();
    }

    static JsonObject upload(String user, String type, String name, byte[] content, int expected) {
        ApiClient.Reply reply = rawUpload(user, type, content, name);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        return reply.json();
    }

    private static ApiClient.Reply rawUpload(String user, String type, byte[] content) {
        return rawUpload(user, type, content, "file");
    }

    private static ApiClient.Reply rawUpload(String user, String type, byte[] content, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.get().payara().apiUrl()
                        + "/labs/result-files?name=" + name))
                .header("Authorization", "Bearer " + TestStack.tokens().of(user)).header("Content-Type", type)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).timeout(Duration.ofSeconds(60)).build();
        try {
            return new ApiClient.Reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject awaitFinished(long id) {
        return awaitFinished(id, RUN_TIMEOUT);
    }

    static JsonObject awaitFinished(long id, Duration timeout) {
        AtomicReference<JsonObject> last = new AtomicReference<>();
        boolean finished = eventually(timeout, () -> {
            ApiClient.Reply reply = api(BATCH).get("/batch/executions/" + id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            last.set(reply.json());
            return reply.json().getBoolean("finished");
        });
        assertThat(finished).as("execution " + id + " finished: " + last.get()).isTrue();
        return last.get();
    }
}
