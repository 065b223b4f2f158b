/**
 * The register's keys and logins: the key ring (a random data key wrapped by each password and by
 * the recovery key), PBKDF2 on SHA-256, password rules and the failed-login guard with its delay.
 */
package vn.sotreem.storage.security;
