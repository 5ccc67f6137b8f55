package no.turnus.roster.domain;

/** Dagvakt, aftenvakt, nattvakt, langvakt. */
public enum ShiftCategory { DAY, EVENING, NIGHT, LONG }
