import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { Due, PersonLink, StatusBadge } from '../components/Bits';
import { Loadable } from '../components/States';
import { graphql } from '../gql';
import type { PredictionFilter } from '../gql/graphql';
import { isSort, isStatus, SORTS, STATUSES, words, type Sort } from '../vocabulary';

const PAGE_SIZE = 20;

const BoardOptions = graphql(`
  query BoardOptions {
    people(first: 100) {
      id
      key
      name
    }
    dashboard {
      claimsByTopic(first: 100) {
        label
      }
    }
  }
`);

const BoardPage = graphql(`
  query BoardPage($filter: PredictionFilter, $orderBy: PredictionOrder, $after: String) {
    predictions(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          quote
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
          }
          status
          speaker {
            id
            name
          }
        }
      }
    }
  }
`);

/** Reads the board's filters and sort from the URL, so a view of the board is a link. */
function readParams(params: URLSearchParams): { filter: PredictionFilter; orderBy: Sort } {
  const filter: PredictionFilter = {};
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const yesNo = (key: string) =>
    params.get(key) === 'yes' ? true : params.get(key) === 'no' ? false : undefined;
  const speaker = text('speaker');
  if (speaker) filter.speaker = speaker;
  const statuses = (params.get('status') ?? '').split(',').filter(isStatus);
  if (statuses.length > 0) filter.statuses = statuses;
  const topic = text('topic');
  if (topic) filter.topic = topic;
  const entity = text('entity');
  if (entity) filter.entity = entity;
  const dated = yesNo('dated');
  if (dated !== undefined) filter.dated = dated;
  const conditional = yesNo('conditional');
  if (conditional !== undefined) filter.conditional = conditional;
  const dueAfter = text('dueAfter');
  if (dueAfter) filter.dueAfter = dueAfter;
  const dueBefore = text('dueBefore');
  if (dueBefore) filter.dueBefore = dueBefore;
  const sort = params.get('sort') ?? '';
  return { filter, orderBy: isSort(sort) ? sort : 'EPISODE_ORDER' };
}

export function Board() {
  const [params, setParams] = useSearchParams();
  const { filter, orderBy } = useMemo(() => readParams(params), [params]);
  const after = params.get('after');
  const [options] = useQuery({ query: BoardOptions, requestPolicy: 'cache-first' });
  const [result, reexecute] = useQuery({
    query: BoardPage,
    variables: { filter, orderBy, after },
  });
  const speaker = params.get('speaker') ?? '';
  const [entity, setEntity] = useState(params.get('entity') ?? '');
  useEffect(() => setEntity(params.get('entity') ?? ''), [params]);

  /** Any change of filter or sort starts again from the first page. */
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
    next.delete('after');
    setParams(next);
  };
  const statuses = new Set((params.get('status') ?? '').split(',').filter(isStatus));
  const toggleStatus = (status: string, on: boolean) => {
    const next = STATUSES.filter((s) => (s === status ? on : statuses.has(s)));
    set('status', next.join(','));
  };
  const applyEntity = (event: FormEvent) => {
    event.preventDefault();
    set('entity', entity.trim());
  };

  return (
    <>
      <h1>Predictions</h1>
      <p className="lede">
        Who predicted what, and by when. Filters and sort are kept in the address.
      </p>
      <form className="filters" onSubmit={applyEntity} aria-label="Filter predictions">
        <div className="field">
          <label htmlFor="f-speaker">Speaker</label>
          <select
            id="f-speaker"
            value={speaker}
            onChange={(event) => set('speaker', event.target.value)}
          >
            <option value="">Anyone</option>
            {/* The address may name a speaker before (or beyond) the list of people: keep it shown. */}
            {/* Readable keys, not global ids, so the address reads ?speaker=sholto-douglas. */}
            {speaker && !options.data?.people.some((person) => person.key === speaker) ? (
              <option value={speaker}>{speaker}</option>
            ) : null}
            {options.data?.people.map((person) => (
              <option key={person.id} value={person.key}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field statuses">
          <legend>Status</legend>
          {STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                name="status"
                value={status}
                checked={statuses.has(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
              {words(status)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="f-topic">Topic</label>
          <select
            id="f-topic"
            value={params.get('topic') ?? ''}
            onChange={(event) => set('topic', event.target.value)}
          >
            <option value="">Any topic</option>
            {options.data?.dashboard.claimsByTopic.map((topic) => (
              <option key={topic.label} value={topic.label}>
                {topic.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-entity">About entity</label>
          <span className="inline-input">
            <input
              id="f-entity"
              value={entity}
              placeholder="id or name"
              onChange={(event) => setEntity(event.target.value)}
            />
            <button type="submit">Apply</button>
          </span>
        </div>
        <div className="field">
          <label htmlFor="f-dated">Dated</label>
          <select
            id="f-dated"
            value={params.get('dated') ?? ''}
            onChange={(event) => set('dated', event.target.value)}
          >
            <option value="">Dated or not</option>
            <option value="yes">Dated only</option>
            <option value="no">Undated only</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-conditional">Conditional</label>
          <select
            id="f-conditional"
            value={params.get('conditional') ?? ''}
            onChange={(event) => set('conditional', event.target.value)}
          >
            <option value="">Either</option>
            <option value="yes">Conditional only</option>
            <option value="no">Unconditional only</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due-after">Due on or after</label>
          <input
            id="f-due-after"
            type="date"
            value={params.get('dueAfter') ?? ''}
            onChange={(event) => set('dueAfter', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="f-due-before">Due on or before</label>
          <input
            id="f-due-before"
            type="date"
            value={params.get('dueBefore') ?? ''}
            onChange={(event) => set('dueBefore', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="f-sort">Sort by</label>
          <select id="f-sort" value={orderBy} onChange={(event) => set('sort', event.target.value)}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {params.toString() !== '' ? (
          <div className="field">
            <Link to="/predictions">Clear filters</Link>
          </div>
        ) : null}
      </form>

      <Loadable
        result={result}
        reexecute={reexecute}
        what="predictions"
        isEmpty={(data) => data.predictions.totalCount === 0}
        empty={<p>No prediction matches these filters. Clear a filter to see more.</p>}
      >
        {(data) => (
          <>
            <p className="count" role="status" data-testid="board-count">
              {data.predictions.totalCount} prediction{data.predictions.totalCount === 1 ? '' : 's'}
              {after ? ' (a later page)' : ''}
            </p>
            <table className="board" data-testid="board">
              <caption className="visually-hidden">Predictions matching the filters</caption>
              <thead>
                <tr>
                  <th scope="col">Speaker</th>
                  <th scope="col">Prediction</th>
                  <th scope="col">Horizon</th>
                  <th scope="col">Due</th>
                  <th scope="col">Conditions</th>
                  <th scope="col">Confidence</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.predictions.edges.map(({ node }) => (
                  <tr key={node.id} data-id={node.id}>
                    <td data-label="Speaker">
                      <PersonLink person={node.speaker} />
                    </td>
                    <td data-label="Prediction">
                      <Link to={`/predictions/${encodeURIComponent(node.id)}`} className="quote">
                        “{node.quote}”
                      </Link>
                    </td>
                    <td data-label="Horizon">
                      {node.horizon ?? <span className="muted">none said</span>}
                    </td>
                    <td data-label="Due">
                      <Due dueDate={node.dueDate} window={node.window} />
                    </td>
                    <td data-label="Conditions">
                      {node.conditional ? (
                        node.conditions.join('; ')
                      ) : (
                        <span className="muted">none</span>
                      )}
                    </td>
                    <td data-label="Confidence">
                      {words(node.confidence.bucket)}
                      {node.confidence.hedges.length > 0 ? (
                        <span className="muted"> ({node.confidence.hedges.join(', ')})</span>
                      ) : null}
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={node.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav className="pager" aria-label="Pages of predictions">
              <button
                type="button"
                disabled={!after}
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.delete('after');
                  setParams(next);
                }}
              >
                First page
              </button>
              <button
                type="button"
                disabled={!data.predictions.pageInfo.hasNextPage}
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.set('after', data.predictions.pageInfo.endCursor ?? '');
                  setParams(next);
                }}
              >
                Next page
              </button>
              <span className="muted">{PAGE_SIZE} per page</span>
            </nav>
          </>
        )}
      </Loadable>
    </>
  );
}
