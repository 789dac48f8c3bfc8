/** REST resources of the patients context: HTTP in, boundary call, view record out. */
package com.kiorex.web.patients;
