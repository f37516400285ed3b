import { isNameForm, type EntityNames } from '../../domain/name-key';
import type { ClaimRow } from '../../domain/corpus';
import type { Turn } from '../../domain/transcript';
import type { AnnotationFile, PredictionAnnotation } from '../annotations/annotation-types';
import type { LocatedAnnotationFile } from '../annotations/read-annotation-file';

/**
 * The editorial rules of seed/README.md that a machine can check, one function each. Each
 * reports through `at` (a problem) or `warn` (a warning) with the file and the path of the
 * field, as the rest of the validator does.
 */
export type Report = (
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  message: string,
) => void;

type ClaimAnnotation = NonNullable<AnnotationFile['claims']>[number];

/** Horizons the validator reads a date from itself; any other dated horizon says why. */
const DATED_HORIZON =
  /end of (this|the) year|this time next year|\b(19|20)\d\d\b|\bwithin (a|an|one|two|three|four|five|six|ten|\d+) (day|week|month|year)s?\b/i;

/**
 * Every prediction says how it will be judged or why it cannot be (rule 12): criteria name a
 * source, the date they are judged on and what is CORRECT and INCORRECT; an unresolvable one
 * has no date; a date read from an undated horizon says why.
 */
export function checkResolution(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  prediction: PredictionAnnotation,
  at: Report,
): void {
  const { resolutionCriteria: criteria, resolutionSource, unresolvable } = prediction;
  const deadline = prediction.due ?? prediction.window?.to;
  if (criteria !== undefined && unresolvable !== undefined) {
    at(file, [...parts, 'unresolvable'], 'give resolutionCriteria or unresolvable, not both');
  } else if (criteria === undefined && unresolvable === undefined) {
    at(
      file,
      [...parts, deadline === undefined ? 'unresolvable' : 'resolutionCriteria'],
      deadline === undefined
        ? 'every prediction needs resolutionCriteria (with a source and the date it is judged on) or unresolvable (why it cannot be judged as worded)'
        : 'a dated prediction needs resolutionCriteria: what would make it CORRECT, INCORRECT or PARTIALLY_CORRECT',
    );
  }
  if (unresolvable !== undefined && criteria === undefined && deadline !== undefined) {
    at(
      file,
      [...parts, 'unresolvable'],
      `a dated prediction is judged on ${deadline}: give resolutionCriteria, or drop the date`,
    );
  }
  if (criteria !== undefined) {
    if (deadline === undefined) {
      at(
        file,
        [...parts, 'resolutionCriteria'],
        'criteria need the date they are judged on: give due or window (with windowReason if the horizon names no date), or mark it unresolvable',
      );
    } else if (!criteria.includes(deadline)) {
      at(
        file,
        [...parts, 'resolutionCriteria'],
        `criteria must name the date they are judged on (${deadline})`,
      );
    }
    if (!/\bCORRECT if\b/.test(criteria) || !/\bINCORRECT if\b/.test(criteria)) {
      at(
        file,
        [...parts, 'resolutionCriteria'],
        'criteria must say "CORRECT if ..." and "INCORRECT if ..."',
      );
    }
    if (resolutionSource === undefined) {
      at(
        file,
        [...parts, 'resolutionSource'],
        'criteria need a resolutionSource: where the evidence will be found',
      );
    }
  }
  const horizon = prediction.horizon ?? '';
  if (
    deadline !== undefined &&
    prediction.windowReason === undefined &&
    !DATED_HORIZON.test(horizon)
  ) {
    at(
      file,
      [...parts, 'windowReason'],
      `${horizon === '' ? 'no horizon was spoken' : `"${horizon}" names no date`}: say in windowReason why the prediction is judged by ${deadline}`,
    );
  }
}

/** A claim of kind question quotes the question (rule 7). */
export function checkQuestionQuote(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  claim: ClaimAnnotation,
  at: Report,
): void {
  if (claim.kind === 'question' && !claim.quote.trimEnd().endsWith('?')) {
    at(
      file,
      [...parts, 'quote'],
      'a question claim quotes the question itself (ending in "?"); a statement that introduces it is a claim of its own',
    );
  }
}

/**
 * A reported view whose words stand in quotation marks says whether they are the person's own
 * words or the speaker's rendering (rule 6): quotation marks in a transcript prove neither.
 */
export function checkReportedWording(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  claim: ClaimAnnotation,
  turn: Turn,
  at: Report,
): void {
  if (claim.attributedTo === undefined || claim.attributedTo.wording !== undefined) return;
  const start = turn.text.indexOf(claim.quote);
  const before = turn.text.slice(0, Math.max(start, 0)).trimEnd();
  if (start >= 0 && /["“]$/.test(before)) {
    at(
      file,
      [...parts, 'attributedTo', 'wording'],
      "the reported words stand in quotation marks: say whether they are a paraphrase (the speaker's rendering) or a quotation (known to be verbatim)",
    );
  }
}

/** A premise stated in a question, with where it was stated. */
export interface PremiseAt {
  claimId: string;
  episodeId: string;
  text: string;
  /** Full turn ids of the answer turns it governs. */
  governs: string[];
  file: LocatedAnnotationFile;
  parts: (string | number)[];
}

/**
 * The premise of a question conditions every prediction of the answer (rule 5): each
 * prediction in a governed turn is conditional and names the premise among its conditions.
 */
export function checkPremises(premises: PremiseAt[], claims: ClaimRow[], at: Report): void {
  for (const premise of premises) {
    const wanted = premise.text.toLowerCase();
    for (const claim of claims) {
      if (claim.prediction === null || !premise.governs.includes(claim.turnId)) continue;
      const carried = claim.prediction.conditions.some((condition) =>
        condition.toLowerCase().includes(wanted),
      );
      if (!carried || !claim.prediction.conditional) {
        at(
          premise.file,
          [...premise.parts, 'premise', 'governs'],
          `the prediction ${claim.id} stands in a turn this premise governs: make it conditional and name "${premise.text}" among its conditions`,
        );
      }
    }
  }
}

/**
 * A mention whose form looks like a name (an acronym or an inner capital, or a capital away
 * from the start of a sentence) but is not one of the entity's names answers no lookup
 * (rule 13): list it among the aliases, or mark the mention `mentionOnly`. A form marked
 * mentionOnly that is a name contradicts the mark.
 */
export function checkNameForm(
  file: LocatedAnnotationFile,
  parts: (string | number)[],
  form: string,
  mentionOnly: boolean,
  entity: EntityNames & { id: string },
  starts: { text: string; at: number[] },
  at: Report,
  warn: Report,
): void {
  const name = isNameForm(form, entity);
  if (mentionOnly && name) {
    at(
      file,
      [...parts, 'mentionOnly'],
      `"${form}" is a name of ${entity.id} (it folds to its name, an alias or a speaker label): drop mentionOnly`,
    );
    return;
  }
  if (name || mentionOnly) return;
  const innerCapital = /\p{Lu}/u.test(form.slice(1));
  const capitalInSentence =
    /^\p{Lu}/u.test(form) && starts.at.some((start) => !sentenceInitial(starts.text, start));
  if (innerCapital || capitalInSentence) {
    warn(
      file,
      [...parts, 'form'],
      `"${form}" looks like a name but is not one of ${entity.id}'s names, so a lookup by it finds nothing: add it to aliases if it is a name, or mark the mention mentionOnly`,
    );
  }
}

function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before === '' || /[.?!:"“—(]$/.test(before);
}
