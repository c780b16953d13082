/**
 * The county map of a city (issue 14 §Dashboards): its outline is a GeoJSON data file per city, `maps/<code>.geo.json`
 * (one polygon per county keyed by its region code in `properties.code`, its name in `properties.name`), loaded only
 * when a user of that city opens the workbench. A user whose region has no file (a county, an agency) sees no map.
 */
import type { ApiResponse } from '../../app/api/contract.js';
import { figureListUrl } from './KeyFiguresCard.js';

export interface CountyFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}
export interface CityMap {
  type: 'FeatureCollection';
  name: string;
  properties: { code: string; note?: string };
  features: CountyFeature[];
}

const FILES = import.meta.glob<CityMap>('./maps/*.geo.json', { import: 'default' });

/** The loader of a region's map file, or null when it has none. */
export function cityMapLoader(regionCode: string | null | undefined): (() => Promise<CityMap>) | null {
  return (regionCode && FILES[`./maps/${regionCode}.geo.json`]) || null;
}

type Figures = ApiResponse<'/api/v1/indicators/figures', 'get'>;
export type Figure = Figures['figures'][number];
export type FigureUnit = NonNullable<Figure['units']>[number];

/**
 * The case list (its URL) holding exactly a unit's cases of a figure's numerator: the figure's own link narrowed to the
 * county (`regionCode`), or to the city's own cases (市本级: its code with `regionExact`). The same list the figure
 * tables open, so its exact total is the unit's number.
 */
export function unitListUrl(figure: Figure, unit: FigureUnit, cityCode: string | null | undefined): string {
  const url = new URL(figureListUrl(figure.cases.numerator), 'http://x');
  url.searchParams.set('regionCode', unit.key);
  if (unit.key === cityCode) url.searchParams.set('regionExact', 'true');
  return `${url.pathname}?${url.searchParams}`;
}

/** A period of the map: a year (to date when current) or one of this year's quarters so far. */
export interface MapPeriod {
  key: string;
  from: string;
  to: string;
  year: number;
  quarter?: number;
}

export function mapPeriods(today: string): MapPeriod[] {
  const year = Number(today.slice(0, 4));
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const periods: MapPeriod[] = [{ key: `${year}`, from: `${year}-01-01`, to: today, year }];
  for (let q = currentQuarter; q >= 1; q--) {
    const end = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    periods.push({ key: `${year}Q${q}`, from, to: end < today ? end : today, year, quarter: q });
  }
  periods.push({ key: `${year - 1}`, from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, year: year - 1 });
  return periods;
}
