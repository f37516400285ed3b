import { useState } from 'react';
import { useQuery } from 'urql';

import { graphql } from '../../gql';
import type { EntityType } from '../../gql/graphql';
import { words } from '../../labels';
import type { Choice } from './claim-form-state';
import { Combobox } from './Combobox';
import { NewEntityForm } from './NewEntityForm';
import { useDebounced } from './use-debounced';

const LookupEntities = graphql(`
  query LookupEntities($name: String!, $types: [EntityType!]) {
    lookupEntities(name: $name, types: $types, first: 8) {
      id
      key
      name
      type
      aliases
    }
  }
`);

/**
 * Entities by any of their names (the API's name lookup: names, aliases and surface forms,
 * folded as name keys are), or a new one. People are chosen by key: the same for their entity.
 */
export function EntityPicker({
  id,
  label,
  episodeId,
  types,
  onPick,
  byKey = false,
  initial = '',
}: {
  id: string;
  label: string;
  episodeId: string;
  types?: EntityType[];
  onPick: (choice: Choice) => void;
  byKey?: boolean;
  initial?: string;
}) {
  const [text, setText] = useState(initial);
  const [creating, setCreating] = useState<string | null>(null);
  const name = useDebounced(text.trim());
  const [result] = useQuery({
    query: LookupEntities,
    variables: { name, ...(types ? { types } : {}) },
    pause: name === '',
  });
  const found = name === '' ? [] : (result.data?.lookupEntities ?? []);
  const pick = (choice: Choice) => {
    onPick(choice);
    setText('');
    setCreating(null);
  };
  if (creating !== null) {
    return (
      <NewEntityForm
        episodeId={episodeId}
        name={creating}
        types={types}
        onCreated={(entity) => pick({ id: byKey ? entity.key : entity.id, label: entity.name })}
        onCancel={() => setCreating(null)}
      />
    );
  }
  return (
    <Combobox
      id={id}
      label={label}
      text={text}
      setText={setText}
      // Until the lookup for what was typed has answered, Enter waits rather than picking
      // "create a new entity" (the only option before the matches arrive).
      loading={result.fetching || name !== text.trim()}
      options={found.map((e) => ({
        id: byKey ? e.key : e.id,
        label: e.name,
        detail: `${words(e.type)}${e.aliases.length > 0 ? `, also ${e.aliases.slice(0, 3).join(', ')}` : ''}`,
      }))}
      onPick={(option) => pick({ id: option.id, label: option.label })}
      extra={
        text.trim()
          ? {
              label: `Create a new entity “${text.trim()}”…`,
              onPick: () => setCreating(text.trim()),
            }
          : null
      }
    />
  );
}
