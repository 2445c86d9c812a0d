import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The demo map shipped with the hub (six made-up wards over Boston); found from
 * src/locations/ and dist/locations/ alike.
 */
export const DEMO_WARD_MAP_FILE = resolve(__dirname, '../../data/demo-wards.geojson');

interface Ward {
  readonly name: string;
  readonly area: Feature<Polygon | MultiPolygon>;
  /** [west, south, east, north]: most points are ruled out without the polygon test. */
  readonly bbox: readonly [number, number, number, number];
}

/**
 * The wards (council districts) of the jurisdiction, from a GeoJSON FeatureCollection of
 * Polygon/MultiPolygon features that each carry a `ward` property. The Council's monthly report
 * counts cases by ward, so every case with coordinates gets one at intake.
 */
export class WardMap {
  private constructor(private readonly wards: readonly Ward[]) {}

  /** Throws a WardMapError listing every problem of the document. */
  static fromGeoJson(document: unknown): WardMap {
    const problems: string[] = [];
    const collection = document as { type?: unknown; features?: unknown };
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new WardMapError(['it must be a GeoJSON FeatureCollection']);
    }
    const wards: Ward[] = [];
    collection.features.forEach((candidate: unknown, index) => {
      const feature = candidate as {
        type?: unknown;
        geometry?: { type?: unknown; coordinates?: unknown };
        properties?: { ward?: unknown } | null;
      };
      const ward = feature?.properties?.ward;
      const geometryType = feature?.geometry?.type;
      if (typeof ward !== 'string' || ward.trim() === '') {
        problems.push(`feature ${index} has no \`ward\` property (a non-empty string)`);
      }
      if (geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') {
        problems.push(`feature ${index} is not a Polygon or MultiPolygon`);
        return;
      }
      const rings = polygonsOf(feature.geometry as Polygon | MultiPolygon);
      if (!rings) {
        problems.push(`feature ${index} has malformed coordinates`);
        return;
      }
      if (typeof ward === 'string' && ward.trim() !== '') {
        wards.push({
          name: ward,
          area: feature as Feature<Polygon | MultiPolygon>,
          bbox: boundingBox(rings),
        });
      }
    });
    if (wards.length === 0 && problems.length === 0) problems.push('it has no wards');
    if (problems.length > 0) throw new WardMapError(problems);
    return new WardMap(wards);
  }

  static fromFile(path: string): WardMap {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new WardMapError([`cannot read ${path}`]);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new WardMapError([`${path} is not JSON`]);
    }
    return WardMap.fromGeoJson(document);
  }

  get wardNames(): string[] {
    return this.wards.map((ward) => ward.name);
  }

  /** The ward that contains the point, or null outside every ward. On a shared border: the first. */
  wardAt(latitude: number, longitude: number): string | null {
    for (const ward of this.wards) {
      const [west, south, east, north] = ward.bbox;
      if (longitude < west || longitude > east || latitude < south || latitude > north) continue;
      if (booleanPointInPolygon([longitude, latitude], ward.area)) return ward.name;
    }
    return null;
  }
}

export class WardMapError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid ward map: ${problems.join('; ')}`);
    this.name = 'WardMapError';
  }
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return null;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return null;
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return null;
      for (const position of ring) {
        if (
          !Array.isArray(position) ||
          position.length < 2 ||
          !position.every((n) => typeof n === 'number' && Number.isFinite(n))
        ) {
          return null;
        }
      }
    }
  }
  return polygons;
}

function boundingBox(polygons: Position[][][]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [longitude, latitude] of polygon[0] ?? []) {
      west = Math.min(west, longitude!);
      east = Math.max(east, longitude!);
      south = Math.min(south, latitude!);
      north = Math.max(north, latitude!);
    }
  }
  return [west, south, east, north];
}
