import type { subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import { OpaDestination } from './opa-referral.enums';
import type { DestinationDepartments } from './opa-referral.rules';

const departmentId = (defaultValue: string, what: string) =>
  z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      'must be a department id of the routing table, such as police-opa',
    )
    .default(defaultValue)
    .describe(what);

const name = (defaultValue: string, what: string) =>
  z.string().trim().min(1, 'must not be blank').default(defaultValue).describe(what);

/** Police referrals' own variables, beside the ones every subgraph reads (service-kit). */
export const policeReferralsEnvironment = {
  HUB_OPA_NUMBER_FORMAT: z
    .string()
    .default('^\\d{4}OPA-\\d{4}$')
    .describe('a regular expression for the OPA number OPA assigns, such as 2026OPA-0123')
    .transform((source, context) => {
      try {
        return new RegExp(source);
      } catch {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: 'must be a regular expression, such as ^\\d{4}OPA-\\d{4}$',
        });
        return z.NEVER;
      }
    }),
  HUB_OPA_DEPARTMENT_ID: departmentId(
    'police-opa',
    "routing's department for police conduct by sworn police staff (OPA, internal affairs)",
  ),
  HUB_OPA_DEPARTMENT_NAME: name(
    'Office of Professional Accountability',
    'the name the reporter is told when OPA closes a referral',
  ),
  HUB_FIRE_OPERATIONS_DEPARTMENT_ID: departmentId(
    'fire-operations',
    "routing's department for conduct of sworn fire staff (the Fire Department's Operations Division)",
  ),
  HUB_FIRE_OPERATIONS_DEPARTMENT_NAME: name(
    'Fire Operations',
    'the name the reporter is told when Fire Operations closes a referral',
  ),
};

export type PoliceReferralsEnvironment = typeof policeReferralsEnvironment;
export type PoliceReferralsConfig = z.infer<
  z.ZodObject<typeof subgraphEnvironment & PoliceReferralsEnvironment>
>;

/** What the resolvers and handlers need from the configuration. */
export interface PoliceReferralsSettings {
  readonly opaNumberFormat: RegExp;
  /** Routing's department ids of the two offices; also their agency ids in status changes. */
  readonly departments: DestinationDepartments;
  readonly departmentNames: Readonly<Record<OpaDestination, string>>;
}

export function settingsOf(config: PoliceReferralsConfig): PoliceReferralsSettings {
  if (config.HUB_OPA_DEPARTMENT_ID === config.HUB_FIRE_OPERATIONS_DEPARTMENT_ID) {
    // Checked here, not per variable: the two together would make every destination OPA.
    throw new Error(
      'HUB_OPA_DEPARTMENT_ID and HUB_FIRE_OPERATIONS_DEPARTMENT_ID must name different departments',
    );
  }
  return {
    opaNumberFormat: config.HUB_OPA_NUMBER_FORMAT,
    departments: {
      opa: config.HUB_OPA_DEPARTMENT_ID,
      fireOperations: config.HUB_FIRE_OPERATIONS_DEPARTMENT_ID,
    },
    departmentNames: {
      [OpaDestination.OPA]: config.HUB_OPA_DEPARTMENT_NAME,
      [OpaDestination.FIRE_OPERATIONS]: config.HUB_FIRE_OPERATIONS_DEPARTMENT_NAME,
    },
  };
}
