package com.kiorex.consultations.boundary;

import com.kiorex.kernel.problem.Conflict;

/** Someone else holds the slot; the database refused the second booking. */
public class SlotTaken extends Conflict {

    public SlotTaken() {
        super("this slot has just been booked by someone else; choose another");
    }
}
