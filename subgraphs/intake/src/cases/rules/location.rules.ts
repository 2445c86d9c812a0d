import { CaseKind } from '@hub/contracts';
import { MAX_ADDRESS, optionalText, type Report } from './input.rules';

/** Where the problem is, as sent. */
export interface LocationShape {
  readonly address?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

/** Where the problem is, as stored: a street address, coordinates, or both. */
export interface LocationDraft {
  readonly address: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

/**
 * The location of a case: a street address, or latitude and longitude (both), or both; a
 * service request cannot be sent out without one (docs/domain.md §2).
 */
export function validateLocation(
  kind: CaseKind,
  location: LocationShape | null,
  problem: Report,
): LocationDraft | null {
  const draft = location === null ? null : validatePlace(location, problem);
  if (kind === CaseKind.SERVICE_REQUEST && draft === null && !location) {
    problem(
      'location',
      'a service request needs a location: a street address, or latitude and longitude',
    );
  }
  return draft;
}

function validatePlace(location: LocationShape, problem: Report): LocationDraft | null {
  const address = optionalText('location.address', location.address, problem, MAX_ADDRESS);
  const latitude = location.latitude ?? null;
  const longitude = location.longitude ?? null;
  if (latitude !== null && !(latitude >= -90 && latitude <= 90)) {
    problem('location.latitude', 'must be between -90 and 90');
  }
  if (longitude !== null && !(longitude >= -180 && longitude <= 180)) {
    problem('location.longitude', 'must be between -180 and 180');
  }
  if (latitude !== null && longitude === null) {
    problem('location.longitude', 'is required with latitude');
  }
  if (longitude !== null && latitude === null) {
    problem('location.latitude', 'is required with longitude');
  }
  if (address === null && latitude === null && longitude === null) {
    problem('location', 'give a street address, or latitude and longitude');
    return null;
  }
  return { address, latitude, longitude };
}
