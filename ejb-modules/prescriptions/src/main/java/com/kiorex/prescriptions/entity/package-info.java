/** The prescription aggregate, its items and coded values, and the status rules they keep. */
package com.kiorex.prescriptions.entity;
