/**
 * The organisation import: a hand-written YAML file (voiceGroups, sites, contracts, numbers with
 * their forwarding, userGroups, users) streamed one row at a time with SnakeYAML's event parser
 * ({@link dev.tenso.importer.SectionStream}) so that every error names its line and a file of
 * 100,000 numbers and 100,000 users fits in memory; every row is validated (value objects, duplicates, references, and the core's own
 * {@code ForwardingRules} and {@code UserForm}, the rules every channel answers to) before
 * anything is written; only rows that differ from
 * the store are written, all or nothing, through {@link dev.tenso.importer.ImportWriter}
 * (planned in chunks, staged, then switched in). Users
 * are then handed to {@link dev.tenso.importer.ImportedUsers} for sign-in; a file holding TOTP
 * secrets is deleted after a successful import. A refused file lists each error as
 * {@code line N: path: CODE}, said in Japanese and English by {@link
 * dev.tenso.importer.ImportErrorTexts} ({@code conversations/import.yaml} and {@code errors.yaml}).
 */
package dev.tenso.importer;
