/**
 * 清明 is a solar term (节气), not a lunar date: the day (Beijing time, UTC+8) on which the Sun's apparent ecliptic
 * longitude reaches 15°. Computed here from the Sun's position (J. Meeus, Astronomical Algorithms, ch. 25 "low
 * accuracy": about 0.01°, i.e. some 15 minutes of time) — enough for the day, except for a moment within minutes of
 * midnight, which does not happen for 清明 in 2019–2030 (checked against the official schedules in solarTerms.test.ts).
 */
import { dayNumberToIso, type IsoDate, toDayNumber } from './isoDate.js';

const RAD = Math.PI / 180;
/** Julian day of 1970-01-01 00:00 UTC, the calendar's day number 0. */
const JD_UNIX_EPOCH = 2440587.5;

const normalise = (deg: number) => ((deg % 360) + 360) % 360;

/** The Sun's apparent longitude in degrees at Julian Ephemeris Day `jde` (Meeus 25.2–25.8). */
export function apparentSolarLongitude(jde: number): number {
  const t = (jde - 2451545.0) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  return normalise(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
}

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials; a minute's error does not move a day here). */
function deltaT(year: number): number {
  if (year >= 2050) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
  if (year >= 2005) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  return 64;
}

/**
 * The Julian Day (UT) when the Sun's apparent longitude reaches `longitude` degrees during Gregorian `year`, starting
 * from an estimate near `month`/`day`; Newton-like steps (Meeus 27: 58 sin(target − λ) days per step).
 */
function solarTermJd(year: number, longitude: number, month: number, day: number): number {
  let jde = toDayNumber({ year, month, day }) + JD_UNIX_EPOCH;
  for (let i = 0; i < 50; i++) {
    const step = 58 * Math.sin((longitude - apparentSolarLongitude(jde)) * RAD);
    jde += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jde - deltaT(year) / 86400;
}

/** The Beijing-time date of the moment `jd` (UT). */
function beijingDate(jd: number): IsoDate {
  return dayNumberToIso(Math.floor(jd + 8 / 24 - JD_UNIX_EPOCH));
}

/** 清明 of `year`: the Sun at apparent longitude 15°, as a date in China (4 or 5 April, 2019–2100). */
export function qingming(year: number): IsoDate {
  return beijingDate(solarTermJd(year, 15, 4, 5));
}
