package no.turnus.roster;

/** Dagvakt, aftenvakt, nattvakt, langvakt. */
public enum ShiftCategory { DAY, EVENING, NIGHT, LONG }
