import { useCallback } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import { ClaimKind } from '../../gql/graphql';
import { refusal } from './api-errors';
import type { Panel } from './panel';
import { occurrenceAt, type TurnSelection } from './selection';
import type { Suggestion } from './TurnView';

const AcceptMention = graphql(`
  mutation AcceptMentionSuggestion($input: AddMentionInput!) {
    addMention(input: $input) {
      start
      end
    }
  }
`);

export interface SuggestionContext {
  turnId: string;
  text: string;
  suggestion: Suggestion;
}

/**
 * Accepting a suggestion: a known name is linked at once; a new name opens the mention form
 * to create its entity; a forward-looking sentence opens a prediction form with its words.
 */
export function useAcceptSuggestion(
  openPanel: (panel: Panel) => void,
  changed: (turnId: string) => void,
  announce: (text: string) => void,
): (found: SuggestionContext) => Promise<boolean> {
  const [, addMention] = useMutation(AcceptMention);
  return useCallback(
    async ({ turnId, text, suggestion: s }: SuggestionContext) => {
      const selection: TurnSelection = {
        turnId,
        start: s.start,
        end: s.end,
        quote: s.text,
        occurrence: occurrenceAt(text, s.text, s.start),
      };
      if (s.kind === 'KNOWN_ENTITY' && s.entity) {
        const result = await addMention({
          input: {
            turn: turnId,
            entity: s.entity.id,
            form: s.text,
            occurrence: selection.occurrence,
          },
        });
        if (result.error) {
          announce(`Could not link “${s.text}”: ${refusal(result.error)}`);
          return false;
        }
        changed(turnId);
        announce(`Linked “${s.text}” to ${s.entity.name}.`);
        return true;
      }
      if (s.kind === 'FORECAST') {
        const horizon = s.cues.find((cue) => cue.kind === 'TIME')?.text;
        openPanel({
          mode: 'claim',
          selection,
          kind: ClaimKind.Prediction,
          prefill: horizon ? { horizon } : {},
        });
        return true;
      }
      openPanel({ mode: 'mention', selection, newName: s.text });
      return true;
    },
    [addMention, openPanel, changed, announce],
  );
}
