import { readFileSync } from 'node:fs';
import { addressKeys } from './address-normalization';
import { AddressPoints, AddressPointsError, DEMO_ADDRESS_POINTS_FILE } from './address-points';
import { coordinatesIn } from './http-geocoder';

describe('address points', () => {
  const demo = AddressPoints.fromFile(DEMO_ADDRESS_POINTS_FILE);

  it('finds an address however a resident spells it: case, punctuation, suffix, town left out', () => {
    const crossStreet = { latitude: 42.3634, longitude: -71.0566 };
    for (const typed of [
      '42 Cross St  Boston  MA  02113',
      '42 cross street, Boston, MA 02113',
      '42 CROSS ST.',
      '42 Cross Street, Boston',
    ]) {
      expect([typed, demo.lookup(typed)]).toEqual([typed, crossStreet]);
    }
    expect(demo.lookup('198 West Springfield Street')).toEqual({
      latitude: 42.3401,
      longitude: -71.0803,
    });
  });

  it('does not guess: another house number, another street or no address is not found', () => {
    expect(demo.lookup('44 Cross St')).toBeNull();
    expect(demo.lookup('42 Crossing St')).toBeNull();
    expect(demo.lookup('   ')).toBeNull();
  });

  it('holds every street address of the Boston sample', () => {
    const lines = readFileSync(DEMO_ADDRESS_POINTS_FILE, 'utf8').trim().split('\n');
    expect(demo.size).toBeGreaterThanOrEqual(lines.length - 1);
  });

  it('refuses a file it cannot use, naming the line', () => {
    expect(() => AddressPoints.fromCsv('street,lat,lon\n1 A St,1,2\n')).toThrow(
      /header must name the columns address, latitude and longitude/,
    );
    const bad = () =>
      AddressPoints.fromCsv('address,latitude,longitude\n1 A St,95,2\n2 B St,1,\n,1,2\n');
    expect(bad).toThrow(AddressPointsError);
    expect(bad).toThrow(/line 2: latitude.*line 3: longitude.*line 4: no address/);
  });

  it('knows an address by its whole form and by its street line', () => {
    expect(addressKeys('21-23 Temple Street, Boston MA')).toEqual([
      '21 23 TEMPLE ST BOSTON MA',
      '21 23 TEMPLE ST',
    ]);
    expect(addressKeys('Crème Brûlée Ave')).toEqual(['CREME BRULEE AVE']);
  });
});

describe("a city's geocoding service answers", () => {
  it('in the common shapes: Nominatim, GeoJSON, ArcGIS', () => {
    expect(coordinatesIn([{ lat: '42.36', lon: '-71.05' }])).toEqual({
      latitude: 42.36,
      longitude: -71.05,
    });
    expect(
      coordinatesIn({
        type: 'FeatureCollection',
        features: [{ geometry: { type: 'Point', coordinates: [-71.05, 42.36] } }],
      }),
    ).toEqual({ latitude: 42.36, longitude: -71.05 });
    expect(coordinatesIn({ candidates: [{ location: { x: -71.05, y: 42.36 } }] })).toEqual({
      latitude: 42.36,
      longitude: -71.05,
    });
  });

  it('with nothing usable: empty, out of range or not a point is not found', () => {
    expect(coordinatesIn([])).toBeNull();
    expect(coordinatesIn({ features: [] })).toBeNull();
    expect(coordinatesIn([{ lat: '420', lon: '-71' }])).toBeNull();
    expect(coordinatesIn({ candidates: [{ location: { x: 'a', y: 'b' } }] })).toBeNull();
    expect(coordinatesIn(null)).toBeNull();
  });
});
