import type { ClaimKind } from '../../gql/graphql';
import type { TurnSelection } from './selection';

/** What a new claim's form starts with when a suggestion opened it. */
export interface Prefill {
  horizon?: string;
}

/** What the side panel shows: a form for the selected words, or nothing open. */
export type Panel =
  | { mode: 'none' }
  | { mode: 'claim'; selection: TurnSelection; kind: ClaimKind; prefill: Prefill }
  | { mode: 'mention'; selection: TurnSelection; newName: string | null }
  | { mode: 'exclusion'; selection: TurnSelection }
  | { mode: 'edit'; claimId: string };

/** A command the keyboard gives the focused claim's details (accept, reject, retract). */
export interface ClaimCommand {
  action: 'accept' | 'reject' | 'retract';
  claimId: string;
  /** Grows with every press, so the same key twice is two commands. */
  nonce: number;
}

export function selectionOfPanel(panel: Panel): TurnSelection | null {
  return 'selection' in panel ? panel.selection : null;
}
