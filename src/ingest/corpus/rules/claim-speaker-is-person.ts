import type { ClaimRule } from './rule';

/** A speaker given explicitly is a known person. */
export const claimSpeakerIsPerson: ClaimRule = {
  name: 'claim-speaker-is-person',
  check(claim, _turn, scope, report) {
    if (claim.speaker === undefined) return;
    const type = scope.entityType(claim.speaker);
    if (type === undefined) report.error(['speaker'], `unknown person "${claim.speaker}"`);
    else if (type !== 'person') {
      report.error(['speaker'], `"${claim.speaker}" is a ${type}, not a person`);
    }
  },
};
