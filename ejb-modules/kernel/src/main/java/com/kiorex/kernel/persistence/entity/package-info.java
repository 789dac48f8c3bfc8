/** Mapped superclasses and values shared by the entities of all contexts. */
package com.kiorex.kernel.persistence.entity;
