import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';

import { graphql } from '../../gql';
import { refusal } from './api-errors';
import type { Choice } from './claim-form-state';
import { FormErrors } from './ClaimForm';
import { EntityPicker } from './EntityPicker';
import { NewEntityForm } from './NewEntityForm';
import type { TurnSelection } from './selection';
import type { EpisodeData } from './workbench-data';

const AddMention = graphql(`
  mutation AddMention($input: AddMentionInput!) {
    addMention(input: $input) {
      form
      entity {
        name
      }
    }
  }
`);

/** Links the selected surface form to an entity, found by name or created here. */
export function MentionForm({
  episode,
  selection,
  newName,
  onCancel,
  onDone,
}: {
  episode: EpisodeData;
  selection: TurnSelection;
  newName: string | null;
  onCancel: () => void;
  onDone: (turnId: string, message: string) => void;
}) {
  const [entity, setEntity] = useState<Choice | null>(null);
  const [state, add] = useMutation(AddMention);
  const link = async (chosen: Choice | null) => {
    if (!chosen) return;
    const result = await add({
      input: {
        turn: selection.turnId,
        entity: chosen.id,
        form: selection.quote,
        occurrence: selection.occurrence,
      },
    });
    if (result.data) onDone(selection.turnId, `Linked “${selection.quote}” to ${chosen.label}.`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void link(entity);
  };
  return (
    <form
      className="mention-form"
      data-panel-form
      onSubmit={submit}
      aria-labelledby="h-mention-form"
    >
      <h2 id="h-mention-form">Mention</h2>
      <p>
        Link <q data-testid="form-quote">{selection.quote}</q> to:
      </p>
      {newName !== null ? (
        <NewEntityForm
          episodeId={episode.id}
          name={newName}
          onCreated={(created) => void link({ id: created.id, label: created.name })}
          onCancel={onCancel}
        />
      ) : entity ? (
        <p>
          <strong>{entity.label}</strong>{' '}
          <button type="button" className="quiet" onClick={() => setEntity(null)}>
            Choose another
          </button>
        </p>
      ) : (
        <EntityPicker
          id="mf-entity"
          label="Entity (type a name or alias)"
          episodeId={episode.id}
          initial={selection.quote}
          onPick={(choice) => {
            setEntity(choice);
            void link(choice);
          }}
        />
      )}
      <FormErrors problems={[]} error={state.error ? refusal(state.error) : null} />
      <p className="wb-actions">
        <button type="submit" disabled={!entity || state.fetching}>
          Link <kbd>Ctrl+Enter</kbd>
        </button>{' '}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </p>
    </form>
  );
}
