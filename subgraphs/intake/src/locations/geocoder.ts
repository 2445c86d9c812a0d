/** A point on the map, WGS 84. */
export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * Turns an address a resident typed into coordinates, or null when it cannot be found. A city
 * plugs in its own service (`HttpGeocoder`) or a file of its address points (`AddressPoints`,
 * the default). A geocoder never throws for an address it cannot find or a service that is
 * down: the report is kept and flagged for an agent instead.
 */
export interface Geocoder {
  geocode(address: string): Promise<Coordinates | null>;
}
