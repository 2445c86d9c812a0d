import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addressKeys } from './address-normalization';
import type { Coordinates, Geocoder } from './geocoder';

/**
 * The demo address points shipped with the hub: the addresses of the Boston 311 sample
 * (shared/data), found from src/locations/ and dist/locations/ alike.
 */
export const DEMO_ADDRESS_POINTS_FILE = resolve(__dirname, '../../data/demo-address-points.csv');

/**
 * A city's address-point file: one row per address with its coordinates (CSV with a header
 * line naming `address`, `latitude`, `longitude`; other columns are ignored). Loaded once at
 * start; a lookup is a map read, so geocoding adds nothing measurable to a submission.
 */
export class AddressPoints implements Geocoder {
  private constructor(private readonly points: ReadonlyMap<string, Coordinates>) {}

  get size(): number {
    return this.points.size;
  }

  static fromFile(file: string): AddressPoints {
    return AddressPoints.fromCsv(readFileSync(file, 'utf8'), file);
  }

  /** Throws an AddressPointsError naming each bad line (at most ten). */
  static fromCsv(text: string, source = 'the address-point file'): AddressPoints {
    let rows: Record<string, string>[];
    try {
      rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw new AddressPointsError(source, [`it is not CSV: ${(error as Error).message}`]);
    }
    const first = rows[0];
    if (!first || !['address', 'latitude', 'longitude'].every((column) => column in first)) {
      throw new AddressPointsError(source, [
        'its header must name the columns address, latitude and longitude',
      ]);
    }
    const problems: string[] = [];
    const points = new Map<string, Coordinates>();
    rows.forEach((row, index) => {
      const line = index + 2; // the header is line 1
      const latitude = Number(row.latitude);
      const longitude = Number(row.longitude);
      const keys = addressKeys(row.address ?? '');
      if (keys.length === 0) problems.push(`line ${line}: no address`);
      else if (!(Math.abs(latitude) <= 90) || row.latitude === '') {
        problems.push(`line ${line}: latitude must be a number from -90 to 90`);
      } else if (!(Math.abs(longitude) <= 180) || row.longitude === '') {
        problems.push(`line ${line}: longitude must be a number from -180 to 180`);
      } else {
        // The first row of an address stands; the full form wins over the street line.
        for (const key of keys) if (!points.has(key)) points.set(key, { latitude, longitude });
      }
    });
    if (problems.length > 0) throw new AddressPointsError(source, problems);
    return new AddressPoints(points);
  }

  geocode(address: string): Promise<Coordinates | null> {
    return Promise.resolve(this.lookup(address));
  }

  lookup(address: string): Coordinates | null {
    for (const key of addressKeys(address)) {
      const found = this.points.get(key);
      if (found) return found;
    }
    return null;
  }
}

export class AddressPointsError extends Error {
  constructor(
    source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} cannot be used: ${problems.slice(0, 10).join('; ')}`);
    this.name = 'AddressPointsError';
  }
}
