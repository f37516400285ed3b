import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';

import type { BoardOptionsQuery, PredictionOrder, PredictionStatus } from '../../gql/graphql';
import { SORT_LABELS, words } from '../../labels';
import { STATUS_CHOICES, statusesOf, type BoardParams } from './board-params';

type Choice = readonly [value: string, label: string];

const DATED: Choice[] = [
  ['', 'Dated or not'],
  ['yes', 'Dated only'],
  ['no', 'Undated only'],
];
const CONDITIONAL: Choice[] = [
  ['', 'Either'],
  ['yes', 'Conditional only'],
  ['no', 'Unconditional only'],
];

/** The board's filter form: every control writes the address, which the query reads. */
export function BoardFilters({
  board,
  orderBy,
  options,
}: {
  board: BoardParams;
  orderBy: PredictionOrder;
  options: BoardOptionsQuery | undefined;
}) {
  const { params, set } = board;
  const [entity, setEntity] = useState(params.get('entity') ?? '');
  useEffect(() => setEntity(params.get('entity') ?? ''), [params]);
  const applyEntity = (event: FormEvent) => {
    event.preventDefault();
    set('entity', entity.trim());
  };
  const param = (key: string) => params.get(key) ?? '';

  return (
    <form className="filters" onSubmit={applyEntity} aria-label="Filter predictions">
      <Select
        id="f-speaker"
        label="Speaker"
        value={param('speaker')}
        choices={speakerChoices(param('speaker'), options)}
        onChange={(value) => set('speaker', value)}
      />
      <StatusChecks board={board} />
      <Select
        id="f-topic"
        label="Topic"
        value={param('topic')}
        choices={[
          ['', 'Any topic'],
          ...(options?.dashboard.claimsByTopic ?? []).map((t): Choice => [t.label, t.label]),
        ]}
        onChange={(value) => set('topic', value)}
      />
      <EntityInput value={entity} onChange={setEntity} />
      <Select
        id="f-dated"
        label="Dated"
        value={param('dated')}
        choices={DATED}
        onChange={(value) => set('dated', value)}
      />
      <Select
        id="f-conditional"
        label="Conditional"
        value={param('conditional')}
        choices={CONDITIONAL}
        onChange={(value) => set('conditional', value)}
      />
      <DateInput
        id="f-due-after"
        label="Due on or after"
        value={param('dueAfter')}
        onChange={(value) => set('dueAfter', value)}
      />
      <DateInput
        id="f-due-before"
        label="Due on or before"
        value={param('dueBefore')}
        onChange={(value) => set('dueBefore', value)}
      />
      <Select
        id="f-sort"
        label="Sort by"
        value={orderBy}
        choices={Object.entries(SORT_LABELS)}
        onChange={(value) => set('sort', value)}
      />
      {params.toString() !== '' ? <ClearFilters /> : null}
    </form>
  );
}

/**
 * Anyone, then every person by readable key (so the address reads ?speaker=sholto-douglas, not a
 * global id). A speaker the address names before (or beyond) the list of people stays shown.
 */
function speakerChoices(speaker: string, options: BoardOptionsQuery | undefined): Choice[] {
  const people = options?.people ?? [];
  const unlisted = speaker !== '' && !people.some((person) => person.key === speaker);
  return [
    ['', 'Anyone'],
    ...(unlisted ? [[speaker, speaker] as const] : []),
    ...people.map((person): Choice => [person.key, person.name]),
  ];
}

/** Typed, then applied with the button (or Enter anywhere in the form). */
function EntityInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor="f-entity">About entity</label>
      <span className="inline-input">
        <input
          id="f-entity"
          value={value}
          placeholder="id or name"
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit">Apply</button>
      </span>
    </div>
  );
}

function ClearFilters() {
  return (
    <div className="field">
      <Link to="/predictions">Clear filters</Link>
    </div>
  );
}

function StatusChecks({ board }: { board: BoardParams }) {
  const statuses = new Set(statusesOf(board.params));
  const toggle = (status: PredictionStatus, on: boolean) => {
    const next = STATUS_CHOICES.filter((s) => (s === status ? on : statuses.has(s)));
    board.set('status', next.join(','));
  };
  return (
    <fieldset className="field statuses">
      <legend>Status</legend>
      {STATUS_CHOICES.map((status) => (
        <label key={status} className="check">
          <input
            type="checkbox"
            name="status"
            value={status}
            checked={statuses.has(status)}
            onChange={(event) => toggle(status, event.target.checked)}
          />
          {words(status)}
        </label>
      ))}
    </fieldset>
  );
}

function Select({
  id,
  label,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
