import type { Coordinates, Geocoder } from './geocoder';

export interface HttpGeocoderOptions {
  /** The service's URL with `{address}` where the address goes, e.g. `.../search?q={address}`. */
  readonly urlTemplate: string;
  readonly timeoutMs: number;
  /** Told of a failed call, without the address (it may be a resident's home). */
  readonly onFailure?: (reason: string) => void;
}

/**
 * A city's own geocoding service over HTTP (GET). It understands the answers of the common
 * ones: Nominatim-style (`[{ lat, lon }]`), GeoJSON (`features[0].geometry.coordinates`) and
 * ArcGIS `findAddressCandidates` (`candidates[0].location.{x,y}`). The first candidate wins; a
 * slow, failing or empty answer is "not found", never an error for the resident.
 */
export class HttpGeocoder implements Geocoder {
  constructor(private readonly options: HttpGeocoderOptions) {
    if (!options.urlTemplate.includes('{address}')) {
      throw new Error('the geocoder URL must contain {address}');
    }
  }

  async geocode(address: string): Promise<Coordinates | null> {
    const url = this.options.urlTemplate.replace('{address}', encodeURIComponent(address));
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) {
        this.options.onFailure?.(`HTTP ${response.status}`);
        return null;
      }
      return coordinatesIn(await response.json());
    } catch (error) {
      this.options.onFailure?.((error as Error).name);
      return null;
    }
  }
}

/** The first candidate's coordinates in a geocoder's answer, or null. */
export function coordinatesIn(answer: unknown): Coordinates | null {
  const first = (list: unknown): unknown => (Array.isArray(list) ? list[0] : undefined);
  const body = answer as {
    features?: unknown;
    candidates?: unknown;
  } | null;
  const nominatim = first(answer) as { lat?: unknown; lon?: unknown } | undefined;
  const feature = first(body?.features) as
    { geometry?: { type?: unknown; coordinates?: unknown } } | undefined;
  const candidate = first(body?.candidates) as
    { location?: { x?: unknown; y?: unknown } } | undefined;
  const [latitude, longitude] = nominatim
    ? [nominatim.lat, nominatim.lon]
    : feature?.geometry?.type === 'Point' && Array.isArray(feature.geometry.coordinates)
      ? [feature.geometry.coordinates[1], feature.geometry.coordinates[0]]
      : [candidate?.location?.y, candidate?.location?.x];
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (
    latitude === undefined ||
    longitude === undefined ||
    latitude === null ||
    longitude === null
  ) {
    return null;
  }
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return null;
  }
  return { latitude: lat, longitude: lon };
}
