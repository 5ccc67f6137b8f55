/**
 * Period plans (kind {@code "period"}): a home-care plan over 1–31 days whose caregivers' shifts come from their
 * teams' rosters, solved together: the rosters first (who works when), then the routes on the rosters' shifts (who
 * visits whom), with continuity of care judged over the whole period.
 */
package no.turnus.period;
