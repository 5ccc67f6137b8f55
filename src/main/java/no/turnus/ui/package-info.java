/**
 * The web UI: static pages and scripts under {@code src/main/resources/static} (rosters, home care,
 * scenarios) on top of the REST API, and the few settings they read from {@code /ui/config}.
 */
package no.turnus.ui;
