/** The platform clock, injectable so that time-dependent rules can be tested. */
package com.kiorex.kernel.time;
