import type { subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import { DEFAULT_DESCRIPTION_MAX_LENGTH } from './cases/rules/description.rules';
import { DEMO_WARD_MAP_FILE, WardMap, WardMapError } from './locations/ward-map';
import { DEFAULT_SR_PREFIX } from './sr-numbers/sr-number';

/** Intake's own variables, beside the ones every subgraph reads (service-kit). */
export const intakeEnvironment = {
  // Read and checked at start, so a broken map stops the service with a clear message
  // instead of failing the first report with coordinates.
  HUB_WARD_MAP_FILE: z
    .string()
    .min(1)
    .default(DEMO_WARD_MAP_FILE)
    .describe(
      'a GeoJSON FeatureCollection of Polygon/MultiPolygon features with a `ward` property; ' +
        'default: the demo map of six made-up wards over Boston',
    )
    .transform((path, context) => {
      try {
        return WardMap.fromFile(path);
      } catch (error) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: error instanceof WardMapError ? error.message : 'cannot load the ward map',
        });
        return z.NEVER;
      }
    }),
  HUB_DESCRIPTION_MAX_LENGTH: z.coerce
    .number({ message: 'must be a whole number of characters' })
    .int()
    .min(1)
    .max(100_000)
    .default(DEFAULT_DESCRIPTION_MAX_LENGTH)
    .describe('the longest description a case may have, in characters'),
  HUB_SR_PREFIX: z
    .string()
    .regex(/^[A-Z]{1,6}$/, 'must be 1 to 6 capital letters, such as SR')
    .default(DEFAULT_SR_PREFIX)
    .describe('the letters SR numbers start with'),
};

export type IntakeEnvironment = typeof intakeEnvironment;

/** What intake's resolvers need from the configuration: `context.settings`. */
export interface IntakeSettings {
  readonly wardMap: WardMap;
  readonly maxDescriptionLength: number;
  readonly srPrefix: string;
  /** The jurisdiction's zone: an SR number issued on 31 December at 20:00 carries that year. */
  readonly timeZone: string;
}

export type IntakeConfig = z.infer<z.ZodObject<typeof subgraphEnvironment & IntakeEnvironment>>;

export function settingsOf(config: IntakeConfig): IntakeSettings {
  return {
    wardMap: config.HUB_WARD_MAP_FILE,
    maxDescriptionLength: config.HUB_DESCRIPTION_MAX_LENGTH,
    srPrefix: config.HUB_SR_PREFIX,
    timeZone: config.HUB_TIME_ZONE,
  };
}
