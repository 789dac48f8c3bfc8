/** Access rules, verification codes and the PDF rendering behind the prescriptions boundary. */
package com.kiorex.prescriptions.control;
