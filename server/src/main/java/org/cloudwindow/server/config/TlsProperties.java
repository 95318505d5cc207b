package org.cloudwindow.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second, HTTPS connector with a self-signed certificate. Tablets on the LAN reach the server
 * by IP address, and browsers only open cameras on secure origins, so the run command serves
 * HTTPS too; production terminates TLS at nginx and turns this off.
 *
 * @param enabled default true for the run command; the prod profile sets it false
 * @param port 8443 by default; 0 picks a free port (tests)
 * @param directory where the generated PKCS#12 key store and its password file are kept, so
 *     tablets that accepted the certificate once keep trusting it
 */
@ConfigurationProperties("cloudwindow.tls")
record TlsProperties(boolean enabled, int port, String directory) {}
