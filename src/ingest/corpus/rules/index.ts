/**
 * The corpus rules, in the order they run: each file is visited part by part, and every rule
 * that looks at a part sees it in turn, so problems come out in the order of the files.
 */
import { aboutKnownEntities } from './about-known-entities';
import { attributedToPerson } from './attributed-to-person';
import { attributionDoubtInTurn } from './attribution-doubt-in-turn';
import { claimRelationTargets } from './claim-relation-targets';
import { claimSpeakerIsPerson } from './claim-speaker-is-person';
import { claimSpeakerSpoke } from './claim-speaker-spoke';
import { claimTurnKnown } from './claim-turn-known';
import { confidenceMatchesTable } from './confidence-matches-table';
import { discrepancyEntityKnown } from './discrepancy-entity-known';
import { discrepancyTextPlaced } from './discrepancy-text-placed';
import { discrepancyTurnsKnown } from './discrepancy-turns-known';
import { endorsementOtherSpeaker } from './endorsement-other-speaker';
import { entityRelationEnds } from './entity-relation-ends';
import { entityTypeAgrees } from './entity-type-agrees';
import { exclusionInTurn } from './exclusion-in-turn';
import { exclusionNotPrediction } from './exclusion-not-prediction';
import { hedgesSpoken } from './hedges-spoken';
import { knownEpisode } from './known-episode';
import { mentionInTurn } from './mention-in-turn';
import { noteExists } from './note-exists';
import { noteExplainsEntities } from './note-explains-entities';
import { predictionConditions } from './prediction-conditions';
import { predictionDatesValid } from './prediction-dates';
import { predictionHorizon } from './prediction-horizon';
import { predictionResolutionCriteria } from './prediction-resolution-criteria';
import { quoteInTurn } from './quote-in-turn';
import type { ClaimRule, CorpusRule, FileRule } from './rule';
import { speakerIsPerson } from './speaker-is-person';
import { uniqueClaimIds } from './unique-claim-ids';
import { uniqueDiscrepancyIds } from './unique-discrepancy-ids';
import { uniqueEntityIds } from './unique-entity-ids';

export type { ClaimRule, ClaimScope, ClaimTurn, CorpusRule, FileRule, Path, Report } from './rule';

/** Rules over one claim: the importer runs them for every claim, an editing service for one. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  claimTurnKnown,
  claimSpeakerIsPerson,
  claimSpeakerSpoke,
  attributedToPerson,
  quoteInTurn,
  aboutKnownEntities,
  claimRelationTargets,
  predictionDatesValid,
  predictionHorizon,
  predictionConditions,
  predictionResolutionCriteria,
  hedgesSpoken,
  confidenceMatchesTable,
];

/** Rules over the parts of a file other than its claims (those get CLAIM_RULES). */
export const FILE_RULES: readonly FileRule[] = [
  knownEpisode,
  uniqueEntityIds,
  entityTypeAgrees,
  uniqueClaimIds,
  uniqueDiscrepancyIds,
  speakerIsPerson,
  mentionInTurn,
  entityRelationEnds,
  noteExists,
  noteExplainsEntities,
  discrepancyEntityKnown,
  discrepancyTextPlaced,
  discrepancyTurnsKnown,
  attributionDoubtInTurn,
  exclusionInTurn,
];

/** Rules no single file can settle, over the rows of all of them. */
export const CORPUS_RULES: readonly CorpusRule[] = [
  exclusionNotPrediction,
  endorsementOtherSpeaker,
];

export interface RuleSet {
  files: readonly FileRule[];
  claims: readonly ClaimRule[];
  corpus: readonly CorpusRule[];
}

export const SPECIFIED_RULES: RuleSet = {
  files: FILE_RULES,
  claims: CLAIM_RULES,
  corpus: CORPUS_RULES,
};
