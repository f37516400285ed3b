import { externalIdProblem } from '../../../domain/safe-url';
import type { FileRule } from './rule';

/** External ids that are links are http(s) links: never script or data URLs. */
export const externalIdsSafe: FileRule = {
  name: 'external-ids-safe',
  defineEntity(entity, i, { report }) {
    for (const [key, value] of Object.entries(entity.externalIds ?? {})) {
      const problem = externalIdProblem(key, String(value));
      if (problem !== null) report.error(['entities', i, 'externalIds', key], problem);
    }
  },
};
