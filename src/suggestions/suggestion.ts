/**
 * What the annotation assistant proposes in a turn (issue 15, "Suggestions"): highlights a
 * person accepts or rejects; nothing is written until they do.
 */
export type SuggestionKind = 'KNOWN_ENTITY' | 'NEW_NAME' | 'FORECAST';

export type CueKind = 'HEDGE' | 'FUTURE' | 'MODAL' | 'TIME';

/** A word or phrase that made a sentence look forward-looking, with its offsets in the turn. */
export interface SuggestionCue {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
}

export interface SuggestionModel {
  kind: SuggestionKind;
  /** Offsets in the turn text (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
  /** The entity a KNOWN_ENTITY names. */
  entityId: string | null;
  reason: string;
  cues: SuggestionCue[];
}
