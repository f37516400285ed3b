import type { ClaimAnnotation } from '../annotations/annotation-types';
import { CLAIM_RULES } from './rules';
import type { ClaimRule, ClaimScope, ClaimTurn, Path, Report } from './rules/rule';

export interface ClaimProblem {
  /** Where in the claim: `['prediction', 'due']`. */
  path: Path;
  message: string;
}

export interface ClaimValidation {
  /** Faults that refuse the claim. */
  errors: ClaimProblem[];
  /** Points worth a second look that do not refuse it. */
  warnings: ClaimProblem[];
}

/**
 * Checks one claim with the importer's own claim rules: for a service that creates or edits a
 * claim, given its turn (undefined when the claim names a turn the episode lacks) and what is
 * known of the episode around it.
 */
export function validateClaim(
  claim: ClaimAnnotation,
  turn: ClaimTurn | undefined,
  scope: ClaimScope,
  rules: readonly ClaimRule[] = CLAIM_RULES,
): ClaimValidation {
  const result: ClaimValidation = { errors: [], warnings: [] };
  runClaimRules(rules, claim, turn, scope, {
    error: (path, message) => result.errors.push({ path, message }),
    warn: (path, message) => result.warnings.push({ path, message }),
  });
  return result;
}

/** Runs each rule over the claim, in order, reporting to `report`. */
export function runClaimRules(
  rules: readonly ClaimRule[],
  claim: ClaimAnnotation,
  turn: ClaimTurn | undefined,
  scope: ClaimScope,
  report: Report,
): void {
  for (const rule of rules) rule.check(claim, turn, scope, report);
}
