import type { Role } from '@hub/contracts';

/*
 * Who the Title VI office is to the rest of the hub: the roles that act on its complaints and
 * the name it decides status changes under. No personal data ever leaves this subgraph in an
 * event: ids, programs, agency ids and words of the hub's vocabularies only.
 */

/** Sees and works every complaint. */
export const COORDINATOR: Role = 'title_vi_coordinator';
/** An agency a complaint was referred to (its token's `agency` claim names it). */
export const EXTERNAL_AGENCY: Role = 'external_agency';

/** The office's name in the status changes it decides, and routing's department id for it. */
export const TITLE_VI_AGENCY = 'title-vi';
