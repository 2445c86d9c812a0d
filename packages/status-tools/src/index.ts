// Recovery tools of the agencies' status copies: rebuild one from the topic, compare several.
export { rebuildStatusCopies } from './rebuild';
export type { RebuildStatusCopiesOptions, StatusRebuildSummary } from './rebuild';
export { compareStatusCopies } from './compare';
export type {
  CurrentStatusView,
  StatusCopyComparison,
  StatusCopyDifference,
  StatusCopySql,
} from './compare';
export { runStatusCommand, STATUS_USAGE } from './status-command';
export type { StatusCommandIo } from './status-command';
