import { useState } from 'react';

import { isEnumValue } from '../../enums';
import { ClaimKind, ClaimRelationType, EntityType } from '../../gql/graphql';
import { words } from '../../labels';
import type { ClaimState, Choice } from './claim-form-state';
import { ClaimSearch } from './ClaimSearch';
import { EntityPicker } from './EntityPicker';

type Edit = (change: Partial<ClaimState>) => void;

/** Chosen items as removable chips. */
function Chips({
  items,
  remove,
  label,
}: {
  items: Choice[];
  remove: (index: number) => void;
  label: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item, index) => (
        <li key={`${item.id}-${index}`}>
          {item.label}{' '}
          <button
            type="button"
            className="quiet"
            aria-label={`Remove ${item.label}`}
            onClick={() => remove(index)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

export function KindField({ value, edit }: { value: ClaimKind; edit: Edit }) {
  return (
    <div className="field">
      <label htmlFor="cf-kind">Kind</label>
      <select
        id="cf-kind"
        value={value}
        autoFocus
        onChange={(e) => isEnumValue(ClaimKind, e.target.value) && edit({ kind: e.target.value })}
      >
        {Object.values(ClaimKind).map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AboutField({
  state,
  edit,
  episodeId,
}: {
  state: ClaimState;
  edit: Edit;
  episodeId: string;
}) {
  return (
    <div className="field">
      <EntityPicker
        id="cf-about"
        label="About (entities: type a name or alias)"
        episodeId={episodeId}
        onPick={(choice) =>
          edit({
            about: state.about.some((c) => c.id === choice.id)
              ? state.about
              : [...state.about, choice],
          })
        }
      />
      <Chips
        items={state.about}
        label="About"
        remove={(i) => edit({ about: state.about.filter((_, j) => j !== i) })}
      />
    </div>
  );
}

export function RelationsField({
  state,
  edit,
  episodeId,
}: {
  state: ClaimState;
  edit: Edit;
  episodeId: string;
}) {
  const [type, setType] = useState<ClaimRelationType>(ClaimRelationType.Supports);
  const shown = state.relations.map((r) => ({
    id: r.target.id,
    label: `${words(r.type)} ${r.target.label}`,
  }));
  return (
    <div className="field">
      <label htmlFor="cf-relation-type">This claim</label>{' '}
      <select
        id="cf-relation-type"
        value={type}
        onChange={(e) => isEnumValue(ClaimRelationType, e.target.value) && setType(e.target.value)}
      >
        {Object.values(ClaimRelationType).map((t) => (
          <option key={t} value={t}>
            {words(t)}
          </option>
        ))}
      </select>
      <ClaimSearch
        id="cf-relation"
        label="the claim (search its words)"
        episodeId={episodeId}
        onPick={(claim) =>
          edit({
            relations: [...state.relations, { type, target: { id: claim.id, label: claim.label } }],
          })
        }
      />
      <Chips
        items={shown}
        label="Relations"
        remove={(i) => edit({ relations: state.relations.filter((_, j) => j !== i) })}
      />
    </div>
  );
}

/** Reported speech: whose view the words report, when not the speaker's own. */
export function AttributionField({
  state,
  edit,
  episodeId,
}: {
  state: ClaimState;
  edit: Edit;
  episodeId: string;
}) {
  const options = [
    ['own', "The speaker's own view"],
    ['person', 'Reports a person'],
    ['group', 'Reports a group'],
  ] as const;
  return (
    <fieldset className="field">
      <legend>Whose view</legend>
      {options.map(([value, label]) => (
        <label key={value} className="inline">
          <input
            type="radio"
            name="cf-reports"
            checked={state.reports === value}
            onChange={() => edit({ reports: value })}
          />{' '}
          {label}
        </label>
      ))}
      {state.reports === 'person' ? (
        state.person ? (
          <Chips
            items={[state.person]}
            label="Reported person"
            remove={() => edit({ person: null })}
          />
        ) : (
          <EntityPicker
            id="cf-person"
            label="Person"
            episodeId={episodeId}
            types={[EntityType.Person]}
            byKey
            onPick={(person) => edit({ person })}
          />
        )
      ) : null}
      {state.reports === 'group' ? (
        <>
          <label htmlFor="cf-group">Group, as spoken</label>
          <input
            id="cf-group"
            value={state.group}
            onChange={(e) => edit({ group: e.target.value })}
            placeholder="some people"
          />
        </>
      ) : null}
    </fieldset>
  );
}
