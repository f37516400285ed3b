import { useState } from 'react';
import { useMutation } from 'urql';

import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { EntityType } from '../../gql/graphql';
import { words } from '../../labels';
import { refusal } from './api-errors';

const CreateEntity = graphql(`
  mutation CreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) {
      id
      key
      name
      type
    }
  }
`);

/** "wikidata = Q42" lines → key/value pairs; lines without "=" are skipped. */
function externalIdsOf(text: string) {
  return text
    .split('\n')
    .map((line) => line.split('='))
    .filter((parts) => parts.length >= 2)
    .map(([key = '', ...value]) => ({ key: key.trim(), value: value.join('=').trim() }))
    .filter((pair) => pair.key !== '' && pair.value !== '');
}

/**
 * A new entity, inside the form that needed it (not a nested <form>: its fields are part of
 * the outer one, and its own button saves it).
 */
export function NewEntityForm({
  episodeId,
  name: initial,
  types,
  onCreated,
  onCancel,
}: {
  episodeId: string;
  name: string;
  types?: EntityType[];
  onCreated: (entity: { id: string; key: string; name: string }) => void;
  onCancel: () => void;
}) {
  const allowed = types ?? Object.values(EntityType);
  const [type, setType] = useState<EntityType>(allowed[0] ?? EntityType.Concept);
  const [name, setName] = useState(initial);
  const [aliases, setAliases] = useState('');
  const [ids, setIds] = useState('');
  const [description, setDescription] = useState('');
  const [state, create] = useMutation(CreateEntity);
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const save = async () => {
    const result = await create({
      input: {
        episode: episodeId,
        type,
        name: name.trim(),
        aliases: aliases
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
        externalIds: externalIdsOf(ids),
        ...(description.trim() ? { description: description.trim() } : {}),
        clientMutationId,
      },
    });
    if (result.data) onCreated(result.data.createEntity);
  };
  return (
    <fieldset className="new-entity" data-testid="new-entity">
      <legend>New entity</legend>
      <label htmlFor="ne-name">Name</label>
      <input id="ne-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      <label htmlFor="ne-type">Type</label>
      <select
        id="ne-type"
        value={type}
        onChange={(e) => isEnumValue(EntityType, e.target.value) && setType(e.target.value)}
      >
        {allowed.map((t) => (
          <option key={t} value={t}>
            {words(t)}
          </option>
        ))}
      </select>
      <label htmlFor="ne-aliases">Aliases (comma-separated)</label>
      <input id="ne-aliases" value={aliases} onChange={(e) => setAliases(e.target.value)} />
      <label htmlFor="ne-ids">
        External ids, one per line (wikidata = Q42, homepage = https://…)
      </label>
      <textarea id="ne-ids" rows={2} value={ids} onChange={(e) => setIds(e.target.value)} />
      <label htmlFor="ne-description">One line on what it is</label>
      <input
        id="ne-description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <p>
        <button
          type="button"
          disabled={state.fetching || name.trim() === ''}
          onClick={() => void save()}
        >
          Create entity
        </button>{' '}
        <button type="button" className="quiet" onClick={onCancel}>
          Back to search
        </button>
      </p>
      {state.error ? (
        <p className="state error" role="alert">
          {refusal(state.error)}
        </p>
      ) : null}
    </fieldset>
  );
}
