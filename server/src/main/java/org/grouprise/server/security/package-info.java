/**
 * Security primitives every feature builds on: password hashing (Argon2id) and the password policy,
 * random tokens and their stored hashes, keyed hashes, and rate limits held in the database;
 * knows no feature.
 */
package org.grouprise.server.security;
