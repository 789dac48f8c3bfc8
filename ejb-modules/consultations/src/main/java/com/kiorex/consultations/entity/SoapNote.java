package com.kiorex.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The consultation's notes in SOAP form: subjective, objective, assessment, plan. */
@Embeddable
public class SoapNote {

    @Column(name = "subjective")
    private String subjective;

    @Column(name = "objective")
    private String objective;

    @Column(name = "assessment")
    private String assessment;

    @Column(name = "plan")
    private String plan;

    protected SoapNote() {
    }

    public SoapNote(String subjective, String objective, String assessment, String plan) {
        if (blank(subjective) && blank(objective) && blank(assessment) && blank(plan)) {
            throw new IllegalArgumentException("a note needs at least one of its four parts");
        }
        this.subjective = subjective;
        this.objective = objective;
        this.assessment = assessment;
        this.plan = plan;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String subjective() {
        return subjective;
    }

    public String objective() {
        return objective;
    }

    public String assessment() {
        return assessment;
    }

    public String plan() {
        return plan;
    }
}
