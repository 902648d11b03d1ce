/**
 * The world the treaty maps are drawn on: the country shapes of world-atlas `countries-110m.json`
 * (Natural Earth, 1:110m), each with its ISO alpha-2 code, and points for the places too small for it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

/**
 * Places too small for the 1:110m map (absent from world-atlas countries-110m), drawn as dots at a
 * hand-written longitude and latitude (approximate centre or capital).
 */
export const SMALL_PLACES: Record<string, [number, number]> = {
  AD: [1.52, 42.55],
  AG: [-61.8, 17.08],
  BB: [-59.55, 13.17],
  BH: [50.56, 26.07],
  CK: [-159.78, -21.23],
  CV: [-23.6, 15.1],
  DM: [-61.37, 15.42],
  FM: [158.2, 6.9],
  GD: [-61.68, 12.12],
  HK: [114.17, 22.32],
  KI: [173.0, 1.4],
  KM: [43.33, -11.65],
  KN: [-62.75, 17.3],
  LC: [-60.98, 13.9],
  LI: [9.55, 47.16],
  MC: [7.42, 43.74],
  MH: [171.2, 7.1],
  MO: [113.55, 22.19],
  MT: [14.44, 35.9],
  MU: [57.55, -20.25],
  MV: [73.5, 4.18],
  NR: [166.93, -0.53],
  NU: [-169.87, -19.05],
  PW: [134.56, 7.5],
  SC: [55.45, -4.68],
  SG: [103.82, 1.35],
  SM: [12.46, 43.94],
  ST: [6.61, 0.19],
  TO: [-175.2, -21.15],
  TV: [179.2, -8.52],
  VA: [12.45, 41.9],
  VC: [-61.2, 13.25],
  WS: [-171.75, -13.76],
};

export interface World {
  features: Feature<Geometry, { name: string }>[];
  /** alpha-2 code of each feature, where it has one. */
  codes: (string | undefined)[];
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO 3166-1 numeric codes of Morocco and Western Sahara, as world-atlas keys their shapes. */
const MOROCCO = '504';
const WESTERN_SAHARA = '732';

/** The parallel along which Morocco and Western Sahara meet: 27°40′ N. */
const MOROCCO_WESTERN_SAHARA_BORDER = 27 + 40 / 60;

/**
 * The part of a ring north or south of a parallel (Sutherland–Hodgman against a half-plane, in longitude
 * and latitude: the edges of the 1:110m shapes are short enough for that); `[]` where nothing is left.
 */
function clipRing(ring: Position[], lat: number, keep: 'north' | 'south'): Position[] {
  const inside = (p: Position) => (keep === 'north' ? p[1]! >= lat : p[1]! <= lat);
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[i + 1]!];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (lat - a[1]!) / (b[1]! - a[1]!);
      out.push([a[0]! + t * (b[0]! - a[0]!), lat]);
    }
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** The polygons of a shape north or south of a parallel. */
function clipAt(shape: MultiPolygon, lat: number, keep: 'north' | 'south'): MultiPolygon {
  const polygons = shape.coordinates.flatMap((rings) => {
    const [outer = [], ...holes] = rings.map((ring) => clipRing(ring, lat, keep));
    return outer.length ? [[outer, ...holes.filter((h) => h.length)]] : [];
  });
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Morocco and Western Sahara, each whole and apart. world-atlas 2.0.2 draws most of Western Sahara (the
 * coast down to 21° N) inside Morocco's shape and keeps only an eastern strip as "W. Sahara"; the two
 * shapes share one arc. The dataset takes no position on the territory's status (docs/guides/naming.md)
 * and follows ISO 3166-1, which codes Western Sahara (EH) apart from Morocco (MA): the two shapes are
 * joined along their shared arc and cut again along the parallel they meet on.
 */
function moroccoAndWesternSahara(topology: Countries): { [MOROCCO]: MultiPolygon; [WESTERN_SAHARA]: MultiPolygon } {
  const both = topology.objects.countries.geometries.filter((g) => g.id === MOROCCO || g.id === WESTERN_SAHARA);
  if (both.length !== 2) throw new Error('world-atlas: no shapes for Morocco (504) and Western Sahara (732)');
  const joined = merge(topology, both as Parameters<typeof merge>[1]);
  return {
    [MOROCCO]: clipAt(joined, MOROCCO_WESTERN_SAHARA_BORDER, 'north'),
    [WESTERN_SAHARA]: clipAt(joined, MOROCCO_WESTERN_SAHARA_BORDER, 'south'),
  };
}

let world: World | undefined;
/** The country shapes of world-atlas `countries-110m.json`, Western Sahara apart from Morocco, with their codes. */
export function loadWorld(): World {
  if (world) return world;
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Countries;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const split = moroccoAndWesternSahara(topology);
  const features = collection.features.map((f) =>
    f.id === MOROCCO || f.id === WESTERN_SAHARA ? { ...f, geometry: split[f.id] } : f,
  );
  // world-atlas keys features by ISO 3166-1 numeric code; Kosovo has none there and is matched by name.
  const codes = features.map((f) =>
    f.id !== undefined ? iso.numericToAlpha2(String(f.id)) : f.properties.name === 'Kosovo' ? 'XK' : undefined,
  );
  world = { features, codes };
  return world;
}
