import type { ClaimRule } from './rule';

/** A view attributed to a person names a known person other than the speaker. */
export const attributedToPerson: ClaimRule = {
  name: 'attributed-to-person',
  check(claim, turn, scope, report) {
    const attributed = claim.attributedTo;
    if (attributed === undefined || !('person' in attributed)) return;
    const at = ['attributedTo', 'person'];
    const type = scope.entityType(attributed.person);
    if (type === undefined) report.error(at, `unknown person "${attributed.person}"`);
    else if (type !== 'person') {
      report.error(at, `"${attributed.person}" is a ${type}, not a person`);
    } else if (attributed.person === (claim.speaker ?? turn?.speakerId)) {
      report.error(at, 'a claim is not attributed to its own speaker; omit attributedTo');
    }
  },
};
