/**
 * Wiring: explicit {@code @Bean} methods that build the core's use cases from the adapters,
 * {@code @ConfigurationProperties} records translated into the core's settings, and the embedded
 * defaults (Redis, SMTP) used when nothing is configured.
 */
package dev.tenso.config;
