/** The patient aggregate and its clinical and administrative parts, with their own rules. */
package com.kiorex.patients.entity;
