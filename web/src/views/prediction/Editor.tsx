import { useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';

import { withToken } from '../../client';
import { isEnumValue } from '../../enums';
import { graphql } from '../../gql';
import { PredictionStatus } from '../../gql/graphql';
import { words } from '../../labels';

const Resolve = graphql(`
  mutation ResolvePrediction(
    $id: ID!
    $status: PredictionStatus!
    $evidence: EvidenceInput!
    $resolvedAt: Date
  ) {
    resolvePrediction(id: $id, status: $status, evidence: $evidence, resolvedAt: $resolvedAt) {
      id
      status
    }
  }
`);

const Reopen = graphql(`
  mutation ReopenPrediction($id: ID!, $note: String!) {
    reopenPrediction(id: $id, note: $note) {
      id
      status
    }
  }
`);

const TOKEN_KEY = 'claimgraph.editorToken';

function errorText(error: CombinedError): string {
  if (error.networkError) return `The API did not answer: ${error.networkError.message}`;
  return error.graphQLErrors
    .map(
      (e) =>
        `${e.message}${typeof e.extensions.code === 'string' ? ` (${e.extensions.code})` : ''}`,
    )
    .join('; ');
}

/** What the editor's form holds between keystrokes. */
interface Draft {
  outcome: PredictionStatus;
  url: string;
  note: string;
  date: string;
}

/** The editor's state: the token (kept in this tab's sessionStorage only), the draft, the outcome. */
function useEditor(id: string, open: boolean) {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [draft, setDraft] = useState<Draft>({ outcome: 'CORRECT', url: '', note: '', date: '' });
  const [done, setDone] = useState('');
  const [resolveState, resolve] = useMutation(Resolve);
  const [reopenState, reopen] = useMutation(Reopen);
  const edit = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const keep = (value: string) => {
    setToken(value);
    if (value === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const { outcome, url, note, date } = draft;
    const result = open
      ? await resolve(
          {
            id,
            status: outcome,
            evidence: { url: url.trim(), ...(note.trim() ? { note: note.trim() } : {}) },
            ...(date ? { resolvedAt: date } : {}),
          },
          withToken(token),
        )
      : await reopen({ id, note: note.trim() }, withToken(token));
    if (!result.error) {
      setDone(open ? 'Resolution recorded.' : 'Reopened.');
      edit({ url: '', note: '' });
    }
  };

  return {
    token,
    keep,
    draft,
    edit,
    submit,
    done,
    error: resolveState.error ?? reopenState.error,
    busy: resolveState.fetching || reopenState.fetching,
  };
}

/** Resolve an open prediction, or reopen a resolved one: editors only, with their token. */
export function Editor({
  id,
  status,
  criteria,
  source,
}: {
  id: string;
  status: string;
  criteria: string | null;
  source: string | null;
}) {
  const open = status === 'OPEN';
  const { token, keep, draft, edit, submit, done, error, busy } = useEditor(id, open);
  return (
    <section aria-labelledby="h-editor" className="editor">
      <h2 id="h-editor">{open ? 'Resolve it' : 'Reopen it'}</h2>
      {criteria ? (
        <p data-testid="resolution-criteria">
          <strong>How to judge it:</strong> {criteria}
          {source ? (
            <>
              {' '}
              <strong>Evidence from:</strong> {source}
            </>
          ) : null}
        </p>
      ) : null}
      <p className="muted">
        Editors only. The token stays in this tab (sessionStorage) and is sent only to this service.
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="e-token">Editor token</label>
          <input
            id="e-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => keep(event.target.value)}
          />
        </div>
        {open ? <ResolveFields draft={draft} edit={edit} /> : null}
        <div className="field wide">
          <label htmlFor="e-note">
            {open ? 'What the evidence shows (optional)' : 'Why reopen it'}
          </label>
          <textarea
            id="e-note"
            rows={3}
            required={!open}
            value={draft.note}
            onChange={(event) => edit({ note: event.target.value })}
          />
        </div>
        <button type="submit" disabled={busy}>
          {open ? 'Record resolution' : 'Reopen'}
        </button>
      </form>
      {error ? (
        <p className="state error" role="alert" data-testid="editor-error">
          The API refused: {errorText(error)}
        </p>
      ) : null}
      {done ? (
        <p className="state ok" role="status">
          {done}
        </p>
      ) : null}
    </section>
  );
}

/** The outcome, the evidence and the date it became known: asked only of an open prediction. */
function ResolveFields({ draft, edit }: { draft: Draft; edit: (change: Partial<Draft>) => void }) {
  return (
    <>
      <div className="field">
        <label htmlFor="e-status">Outcome</label>
        <select
          id="e-status"
          value={draft.outcome}
          onChange={(event) => {
            const value = event.target.value;
            if (isEnumValue(PredictionStatus, value)) edit({ outcome: value });
          }}
        >
          {Object.values(PredictionStatus)
            .filter((s) => s !== PredictionStatus.Open)
            .map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="e-url">Evidence URL</label>
        <input
          id="e-url"
          type="url"
          required
          placeholder="https://…"
          value={draft.url}
          onChange={(event) => edit({ url: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="e-date">Known on (optional)</label>
        <input
          id="e-date"
          type="date"
          value={draft.date}
          onChange={(event) => edit({ date: event.target.value })}
        />
      </div>
    </>
  );
}
