package com.kiorex.devstack;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data, loaded through the public API with the demo users' real tokens, so it passes every
 * check and lands in the audit trail like any other data. Loading is idempotent: a patient who
 * already has a record is left as is.
 */
final class DemoData {

    private final Api api;
    private final DemoLogin login;

    DemoData(String apiUrl, String tokenEndpoint) {
        this.api = new Api(apiUrl);
        this.login = new DemoLogin(tokenEndpoint);
    }

    void load() throws Exception {
        String admin = login.accessToken("admin.ada");
        String house = login.accessToken("doctor.house");
        new DemoDoctors(api, admin).load(house, """
                {"name":"Dr Gregory House","email":"doctor.house@demo.kiorex.local",
                 "specialties":["diagnostic-medicine","general-practice"],"languages":["en"],"fee":120.00,
                 "currency":"GBP","slotMinutes":30,"verified":true,"rating":4.2,
                 "facility":{"name":"Kiorex Princeton-Plainsboro","latitude":51.5154,"longitude":-0.1410,
                 "zone":"Europe/London"}}""");
        new DemoDoctors(api, admin).load(login.accessToken("doctor.grey"), """
                {"name":"Dr Meredith Grey","email":"doctor.grey@demo.kiorex.local",
                 "specialties":["general-surgery","general-practice"],"languages":["en","fr"],"fee":90.00,
                 "currency":"GBP","slotMinutes":20,"verified":true,"rating":4.7,
                 "facility":{"name":"Kiorex Grey Sloan Clinic","latitude":51.5007,"longitude":-0.1246,
                 "zone":"Europe/London"}}""");
        String alice = login.accessToken("patient.alice");
        String aliceId = registerIfNew(alice, """
                {"givenName":"Alice","familyName":"Martin","birthDate":"1984-03-12","gender":"FEMALE",
                 "email":"patient.alice@demo.kiorex.local","phone":"+44 20 7946 0101","city":"London",
                 "country":"GB","preferredLanguage":"en"}""");
        String bob = login.accessToken("patient.bob");
        registerIfNew(bob, """
                {"givenName":"Bob","familyName":"Okafor","birthDate":"1979-11-02","gender":"MALE",
                 "email":"patient.bob@demo.kiorex.local","phone":"+44 20 7946 0102","city":"Leeds",
                 "country":"GB","preferredLanguage":"en"}""");
        if (aliceId == null) {
            return;
        }
        Api.expect(api.post(alice, "/patients/" + aliceId + "/history", """
                {"category":"CONDITION","codeSystem":"ICD-10","code":"J45.9","display":"Asthma, unspecified",
                 "onsetDate":"1995-06-01"}"""), 201);
        Api.expect(api.post(alice, "/patients/" + aliceId + "/history", """
                {"category":"ALLERGY","display":"Penicillin allergy","note":"rash in 2010"}"""), 201);
        Api.expect(api.post(alice, "/patients/" + aliceId + "/history", """
                {"category":"MEDICATION","codeSystem":"ATC","code":"R03AC02","display":"Salbutamol inhaler"}"""), 201);
        Api.expect(api.post(alice, "/patients/" + aliceId + "/emergency-contacts", """
                {"name":"Paul Martin","relationship":"spouse","phone":"+44 20 7946 0199"}"""), 201);
        Api.expect(api.post(alice, "/patients/" + aliceId + "/consents", """
                {"purpose":"TREATMENT","policyVersion":"2026-01"}"""), 201);
        Api.expect(api.post(alice, "/patients/" + aliceId + "/family-members", """
                {"relationship":"child","person":{"givenName":"Lily","familyName":"Martin",
                 "birthDate":"2016-09-30","gender":"FEMALE"}}"""), 201);
        Api.expect(api.post(admin, "/patients/" + aliceId + "/care-team",
                "{\"staffUserId\":\"" + subjectOf(house) + "\",\"role\":\"doctor\"}"), 201, 409);
    }

    /** Registers the token's owner; returns the new id, or null when they were registered before. */
    private String registerIfNew(String token, String details) throws Exception {
        if (api.get(token, "/patients/me").statusCode() == 200) {
            return null;
        }
        return Api.id(Api.expect(api.post(token, "/patients/me", details), 201));
    }

    static String subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("token without subject");
        }
        return m.group(1);
    }
}
