import { CaseKind } from '@hub/contracts';
import { validateLocation, type LocationShape } from './location.rules';

function fieldsOf(location: LocationShape | null, kind: CaseKind = CaseKind.SERVICE_REQUEST) {
  const fields: string[] = [];
  validateLocation(kind, location, (field) => fields.push(field));
  return fields;
}

describe('the location of a case', () => {
  it('a service request without any location names the field `location`', () => {
    expect(fieldsOf(null)).toEqual(['location']);
    expect(fieldsOf({})).toEqual(['location']);
    // other kinds may come without one
    expect(fieldsOf(null, CaseKind.COMPLIMENT)).toEqual([]);
  });

  it('GPS coordinates alone are a location, kept as given', () => {
    const draft = validateLocation(
      CaseKind.SERVICE_REQUEST,
      { latitude: 42.3594, longitude: -71.0587 },
      () => {},
    );
    expect(draft).toEqual({ address: null, latitude: 42.3594, longitude: -71.0587 });
  });

  it('an address alone is a location', () => {
    expect(fieldsOf({ address: '1 City Hall Sq' })).toEqual([]);
  });

  it('a latitude without a longitude, and the reverse, name the missing one', () => {
    expect(fieldsOf({ latitude: 42.3 })).toEqual(['location.longitude']);
    expect(fieldsOf({ longitude: -71 })).toEqual(['location.latitude']);
  });

  it('coordinates outside -90..90 and -180..180 are refused', () => {
    expect(fieldsOf({ latitude: -90.5, longitude: 0 })).toEqual(['location.latitude']);
    expect(fieldsOf({ latitude: 0, longitude: 180.01 })).toEqual(['location.longitude']);
    expect(fieldsOf({ latitude: -90, longitude: 180 })).toEqual([]);
  });

  it('an address is at most 500 characters', () => {
    expect(fieldsOf({ address: 'a'.repeat(501) })).toEqual(['location.address']);
  });
});
