/**
 * Who is calling and may they: the caller taken from the verified MP-JWT token, role checks per
 * resource method (deny by default), and per-user rate limits. Object-level checks live in the
 * contexts' boundaries.
 */
package com.kiorex.web.security;
