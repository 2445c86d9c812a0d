import { DEMO_WARD_MAP_FILE, WardMap, WardMapError } from './ward-map';

const square = (west: number, south: number, east: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

describe('ward map', () => {
  const demo = WardMap.fromFile(DEMO_WARD_MAP_FILE);

  it('the demo map has six wards named like "Ward 1"', () => {
    expect(demo.wardNames).toEqual(['Ward 1', 'Ward 2', 'Ward 3', 'Ward 4', 'Ward 5', 'Ward 6']);
  });

  it('finds the ward of a point in Boston, and none outside the map', () => {
    expect(demo.wardAt(42.3594, -71.0587)).toBe('Ward 2'); // City Hall Plaza
    expect(demo.wardAt(42.3656, -71.0096)).toBe('Ward 3'); // Logan Airport
    expect(demo.wardAt(42.25, -71.15)).toBe('Ward 4');
    expect(demo.wardAt(40.7128, -74.006)).toBeNull(); // New York
  });

  it('gives a ward to the corners and middle of the Boston 311 sample (shared/data)', () => {
    // the southernmost, northernmost, westernmost and easternmost cases of the sample, and others
    const sample: [number, number][] = [
      [42.2553, -71.1305],
      [42.3806, -71.0616],
      [42.2674, -71.1626],
      [42.3347, -71.0298],
      [42.2884, -71.133],
      [42.3401, -71.0803],
      [42.3634, -71.0566],
      [42.3735, -71.0599],
    ];
    for (const [latitude, longitude] of sample) {
      expect(demo.wardAt(latitude, longitude)).toMatch(/^Ward [1-6]$/);
    }
  });

  it('understands MultiPolygons and holes', () => {
    const map = WardMap.fromGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ward: 'Islands' },
          geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1), square(5, 5, 6, 6)] },
        },
        {
          type: 'Feature',
          properties: { ward: 'Donut' },
          geometry: {
            type: 'Polygon',
            coordinates: [square(10, 10, 20, 20)[0], square(14, 14, 16, 16)[0]],
          },
        },
      ],
    });
    expect(map.wardAt(5.5, 5.5)).toBe('Islands');
    expect(map.wardAt(0.5, 0.5)).toBe('Islands');
    expect(map.wardAt(3, 3)).toBeNull();
    expect(map.wardAt(11, 11)).toBe('Donut');
    expect(map.wardAt(15, 15)).toBeNull();
  });

  it('refuses a map that is not a FeatureCollection of named polygons, listing every problem', () => {
    expect(() => WardMap.fromGeoJson({ type: 'Feature' })).toThrow(WardMapError);
    try {
      WardMap.fromGeoJson({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: square(0, 0, 1, 1) },
          },
          {
            type: 'Feature',
            properties: { ward: 'A' },
            geometry: { type: 'Point', coordinates: [0, 0] },
          },
          {
            type: 'Feature',
            properties: { ward: 'B' },
            geometry: { type: 'Polygon', coordinates: [[[0, 0]]] },
          },
        ],
      });
      throw new Error('expected a WardMapError');
    } catch (error) {
      expect((error as WardMapError).problems).toEqual([
        'feature 0 has no `ward` property (a non-empty string)',
        'feature 1 is not a Polygon or MultiPolygon',
        'feature 2 has malformed coordinates',
      ]);
    }
    expect(() => WardMap.fromFile('/nonexistent/wards.geojson')).toThrow(/cannot read/);
  });
});
