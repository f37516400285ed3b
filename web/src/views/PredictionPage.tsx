import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, type CombinedError } from 'urql';

import { withToken } from '../client';
import { claimHref, Due, EntityLink, KindBadge, PersonLink, StatusBadge } from '../components/Bits';
import { MarkedText } from '../components/Marked';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { PredictionDetailQuery, PredictionStatus } from '../gql/graphql';
import { isStatus, STATUSES, words } from '../vocabulary';

const PredictionDetail = graphql(`
  query PredictionDetail($id: ID!) {
    prediction(id: $id) {
      id
      quote
      paraphrase
      horizon
      dueDate
      window {
        from
        to
      }
      conditional
      conditions
      confidence {
        hedges
        bucket
        probability
      }
      status
      topics
      resolutionCriteria
      attributedTo {
        person {
          id
          name
        }
        group
      }
      attributionDoubt {
        id
        explanation
      }
      endorsedBy {
        person {
          id
          name
        }
        quote
      }
      speaker {
        id
        name
      }
      episode {
        id
        title
        airDate
      }
      turn {
        id
        position
        section {
          title
          turns(first: 50) {
            id
            position
            text
            speaker {
              id
              name
            }
          }
        }
      }
      claim {
        quoteStart
        quoteEnd
        relations {
          type
          direction
          claim {
            id
            kind
            quote
            speaker {
              id
              name
            }
            episode {
              id
            }
            prediction {
              id
            }
          }
        }
      }
      about {
        id
        name
        type
      }
      resolutions {
        id
        action
        status
        previousStatus
        evidenceUrl
        note
        resolvedAt
        recordedAt
        recordedBy
      }
    }
  }
`);

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

/** Read from the other claim: INCOMING "Supports it", OUTGOING "It supports". */
const RELATION_WORDS: Record<string, string> = {
  SUPPORTS: 'supports',
  CONTRADICTS: 'contradicts',
  REFINES: 'refines',
  ANSWERS: 'answers',
};

export function PredictionPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: PredictionDetail, variables: { id } });
  return (
    <Loadable
      result={result}
      reexecute={reexecute}
      what="the prediction"
      isEmpty={(data) => data.prediction === null}
      empty={
        <p>
          No prediction has the id “{id}”. <Link to="/predictions">See all predictions</Link>.
        </p>
      }
    >
      {(data) => (data.prediction ? <Prediction p={data.prediction} /> : null)}
    </Loadable>
  );
}

function Prediction({ p }: { p: NonNullable<PredictionDetailQuery['prediction']> }) {
  const turns = p.turn.section.turns;
  const around = turns.filter((t) => Math.abs(t.position - p.turn.position) <= 1);
  const relations = p.claim.relations;
  return (
    <article className="prediction">
      <p className="crumbs">
        <Link to="/predictions">Predictions</Link> › <PersonLink person={p.speaker} />
      </p>
      <h1>
        <span className="visually-hidden">Prediction: </span>“{p.quote}”
      </h1>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd>
          <PersonLink person={p.speaker} />
        </dd>
        <dt>Status</dt>
        <dd data-testid="prediction-status">
          <StatusBadge status={p.status} />
        </dd>
        <dt>Horizon as spoken</dt>
        <dd>{p.horizon ?? <span className="muted">none said</span>}</dd>
        <dt>Due</dt>
        <dd>
          <Due dueDate={p.dueDate} window={p.window} />
        </dd>
        <dt>Confidence</dt>
        <dd>
          {words(p.confidence.bucket)} ({Math.round(p.confidence.probability * 100)}%)
          {p.confidence.hedges.length > 0 ? ` from “${p.confidence.hedges.join('”, “')}”` : ''}
        </dd>
        <dt>Conditions</dt>
        <dd>{p.conditional ? p.conditions.join('; ') : <span className="muted">none</span>}</dd>
        {p.paraphrase ? (
          <>
            <dt>In other words</dt>
            <dd>{p.paraphrase}</dd>
          </>
        ) : null}
        <dt>Episode</dt>
        <dd>
          <Link to={`/episodes/${encodeURIComponent(p.episode.id)}`}>{p.episode.title}</Link> (
          {p.episode.airDate}), section “{p.turn.section.title}”
        </dd>
      </dl>

      <section aria-labelledby="h-context">
        <h2 id="h-context">In its turn</h2>
        <ol className="turns">
          {around.map((turn) => (
            <li
              key={turn.id}
              className={turn.id === p.turn.id ? 'turn current' : 'turn'}
              data-testid={turn.id === p.turn.id ? 'quote-turn' : undefined}
            >
              <p className="speaker">
                <PersonLink person={turn.speaker} />{' '}
                <span className="muted">turn {turn.position}</span>
              </p>
              <p>
                {turn.id === p.turn.id ? (
                  <MarkedText
                    text={turn.text}
                    claims={[
                      {
                        id: p.id,
                        kind: 'PREDICTION',
                        start: p.claim.quoteStart,
                        end: p.claim.quoteEnd,
                      },
                    ]}
                  />
                ) : (
                  <span className="turn-text">{turn.text}</span>
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="h-related">
        <h2 id="h-related">Claims that bear on it</h2>
        {relations.length === 0 ? (
          <p className="state empty">No annotated claim supports, contradicts or refines it.</p>
        ) : (
          <ul className="relations" data-testid="relations">
            {relations.map((r) => {
              const verb = RELATION_WORDS[r.type] ?? r.type.toLowerCase();
              return (
                <li key={`${r.type}-${r.direction}-${r.claim.id}`} data-type={r.type}>
                  <span className="relation">
                    {r.direction === 'INCOMING' ? `${words(verb)} it:` : `It ${verb}:`}
                  </span>{' '}
                  <KindBadge kind={r.claim.kind} /> <PersonLink person={r.claim.speaker} />:{' '}
                  <Link to={claimHref(r.claim)} data-claim={r.claim.id}>
                    “{r.claim.quote}”
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="h-about">
        <h2 id="h-about">About</h2>
        {p.about.length === 0 ? (
          <p className="state empty">No entity is annotated for this prediction.</p>
        ) : (
          <ul className="chips">
            {p.about.map((e) => (
              <li key={e.id}>
                <EntityLink entity={e} /> <span className="muted">{words(e.type)}</span>
              </li>
            ))}
          </ul>
        )}
        {p.topics.length > 0 ? (
          <p>
            Topics:{' '}
            {p.topics.map((t, i) => (
              <span key={t}>
                {i > 0 ? ', ' : ''}
                <Link to={`/predictions?topic=${encodeURIComponent(t)}`}>{t}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="h-history">
        <h2 id="h-history">Resolution history</h2>
        {p.resolutions.length === 0 ? (
          <p className="state empty">Nobody has resolved it yet; it is open.</p>
        ) : (
          <ol className="history" data-testid="history">
            {p.resolutions.map((r) => (
              <li key={r.id}>
                <strong>{r.action === 'RESOLVE' ? 'Resolved' : 'Reopened'}</strong>:{' '}
                {words(r.previousStatus)} → <StatusBadge status={r.status} /> by {r.recordedBy},{' '}
                <time dateTime={r.recordedAt}>
                  {r.recordedAt.slice(0, 16).replace('T', ' ')} UTC
                </time>
                {r.resolvedAt ? `, known on ${r.resolvedAt}` : ''}
                {r.evidenceUrl ? (
                  <>
                    {' '}
                    —{' '}
                    <a href={r.evidenceUrl} rel="noreferrer noopener">
                      evidence
                    </a>
                  </>
                ) : null}
                {r.note ? <p className="note">{r.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {p.attributedTo || p.attributionDoubt || p.endorsedBy.length > 0 ? (
        <section aria-labelledby="h-voices">
          <h2 id="h-voices">Whose forecast</h2>
          {p.attributedTo ? (
            <p data-testid="attributed-to">
              Reported view of{' '}
              {p.attributedTo.person ? (
                <PersonLink person={p.attributedTo.person} />
              ) : (
                (p.attributedTo.group ?? 'others')
              )}
              , not the speaker&apos;s own: it does not count in the speaker&apos;s track record.
            </p>
          ) : null}
          {p.attributionDoubt ? (
            <p className="warning" role="note" data-testid="attribution-doubt">
              The transcript&apos;s speaker label here is in doubt: {p.attributionDoubt.explanation}
            </p>
          ) : null}
          {p.endorsedBy.length > 0 ? (
            <ul data-testid="endorsed-by">
              {p.endorsedBy.map((e) => (
                <li key={`${e.person.id}-${e.quote}`}>
                  Backed by <PersonLink person={e.person} />: “{e.quote}”
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <Editor id={p.id} status={p.status} criteria={p.resolutionCriteria ?? null} />
    </article>
  );
}

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

/** Resolve or reopen, with a token kept in this tab's sessionStorage only. */
function Editor({ id, status, criteria }: { id: string; status: string; criteria: string | null }) {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [outcome, setOutcome] = useState<PredictionStatus>('CORRECT');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState('');
  const [done, setDone] = useState('');
  const [resolveState, resolve] = useMutation(Resolve);
  const [reopenState, reopen] = useMutation(Reopen);
  const error = resolveState.error ?? reopenState.error;

  const keep = (value: string) => {
    setToken(value);
    if (value === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const result =
      status === 'OPEN'
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
      setDone(status === 'OPEN' ? 'Resolution recorded.' : 'Reopened.');
      setUrl('');
      setNote('');
    }
  };

  return (
    <section aria-labelledby="h-editor" className="editor">
      <h2 id="h-editor">{status === 'OPEN' ? 'Resolve it' : 'Reopen it'}</h2>
      {criteria ? (
        <p data-testid="resolution-criteria">
          <strong>How to judge it:</strong> {criteria}
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
        {status === 'OPEN' ? (
          <>
            <div className="field">
              <label htmlFor="e-status">Outcome</label>
              <select
                id="e-status"
                value={outcome}
                onChange={(event) => {
                  if (isStatus(event.target.value)) setOutcome(event.target.value);
                }}
              >
                {STATUSES.filter((s) => s !== 'OPEN').map((s) => (
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
                value={url}
                onChange={(event) => setUrl(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="e-date">Known on (optional)</label>
              <input
                id="e-date"
                type="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </div>
          </>
        ) : null}
        <div className="field wide">
          <label htmlFor="e-note">
            {status === 'OPEN' ? 'What the evidence shows (optional)' : 'Why reopen it'}
          </label>
          <textarea
            id="e-note"
            rows={3}
            required={status !== 'OPEN'}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button type="submit" disabled={resolveState.fetching || reopenState.fetching}>
          {status === 'OPEN' ? 'Record resolution' : 'Reopen'}
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
