import type { ClaimRule } from './rule';

/**
 * The speaker is who said the words, so someone who speaks in the episode; a person quoted or
 * paraphrased is attributedTo.
 */
export const claimSpeakerSpoke: ClaimRule = {
  name: 'claim-speaker-spoke',
  check(claim, turn, scope, report) {
    const speakerId = claim.speaker ?? turn?.speakerId;
    if (speakerId !== undefined && !scope.speaks(speakerId)) {
      report.error(
        ['speaker'],
        `"${speakerId}" does not speak in ${scope.episodeId}; the speaker is who said the words (give the person reported as attributedTo)`,
      );
    }
  },
};
