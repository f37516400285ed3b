import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../../gql';
import { words } from '../../labels';
import { refusal } from './api-errors';
import { AboutField, AttributionField, KindField, RelationsField } from './ClaimFields';
import {
  createInput,
  emptyClaim,
  problemsOf,
  updateInput,
  type ClaimState,
} from './claim-form-state';
import { stateOfClaim, WorkbenchClaim } from './claim-query';
import type { Panel } from './panel';
import { PredictionFields } from './PredictionFields';
import type { EpisodeData } from './workbench-data';

const CreateClaim = graphql(`
  mutation CreateClaim($input: CreateClaimInput!) {
    createClaim(input: $input) {
      id
      key
      turn {
        id
      }
    }
  }
`);

const UpdateClaim = graphql(`
  mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!) {
    updateClaim(id: $id, input: $input) {
      id
      key
      turn {
        id
      }
    }
  }
`);

type Mode = { create: Extract<Panel, { mode: 'claim' }> } | { edit: string };

interface FormProps {
  episode: EpisodeData;
  onCancel: () => void;
  onDone: (turnId: string, message: string, claimId?: string) => void;
}

/** A new claim from the selected words, or an edit of one: the form loads what it edits. */
export function ClaimForm({ mode, ...props }: FormProps & { mode: Mode }) {
  if ('create' in mode) {
    const { selection, kind, prefill } = mode.create;
    return (
      <ClaimFormBody
        {...props}
        quote={selection.quote}
        initial={emptyClaim(kind, prefill.horizon)}
        target={mode}
      />
    );
  }
  return <EditClaim {...props} id={mode.edit} />;
}

function EditClaim({ id, ...props }: FormProps & { id: string }) {
  const [result] = useQuery({
    query: WorkbenchClaim,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const claim = result.data?.claim;
  if (!claim)
    return (
      <p className="state loading">{result.error ? refusal(result.error) : 'Loading the claim…'}</p>
    );
  return (
    <ClaimFormBody
      {...props}
      quote={claim.quote}
      initial={stateOfClaim(claim)}
      target={{ edit: id }}
    />
  );
}

function ClaimFormBody({
  episode,
  onCancel,
  onDone,
  quote,
  initial,
  target,
}: FormProps & { quote: string; initial: ClaimState; target: Mode }) {
  const [state, setState] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [created, create] = useMutation(CreateClaim);
  const [updated, update] = useMutation(UpdateClaim);
  const edit = (change: Partial<ClaimState>) => setState((s) => ({ ...s, ...change }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = problemsOf(state);
    setProblems(missing);
    if (missing.length > 0) return;
    const result =
      'create' in target
        ? await create({ input: createInput(target.create.selection, state, clientMutationId) })
        : await update({ id: target.edit, input: updateInput(state) });
    const claim =
      result.data &&
      ('createClaim' in result.data ? result.data.createClaim : result.data.updateClaim);
    if (claim)
      onDone(
        claim.turn.id,
        `${'create' in target ? 'Saved' : 'Edited'} ${words(state.kind).toLowerCase()} ${claim.key} as a draft.`,
        claim.id,
      );
  };
  const error = created.error ?? updated.error;
  const isPrediction = state.kind === 'PREDICTION';
  return (
    <form
      className="claim-form"
      data-panel-form
      onSubmit={(e) => void submit(e)}
      aria-labelledby="h-claim-form"
      noValidate
    >
      <h2 id="h-claim-form">
        {'create' in target ? `New ${isPrediction ? 'prediction' : 'claim'}` : 'Edit claim'}
      </h2>
      <blockquote data-testid="form-quote">“{quote}”</blockquote>
      <KindField value={state.kind} edit={edit} />
      <div className="field">
        <label htmlFor="cf-paraphrase">Paraphrase (what it says, in your words)</label>
        <textarea
          id="cf-paraphrase"
          rows={2}
          value={state.paraphrase}
          onChange={(e) => edit({ paraphrase: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="cf-topics">Topics (comma-separated slugs)</label>
        <input
          id="cf-topics"
          value={state.topics}
          onChange={(e) => edit({ topics: e.target.value })}
          placeholder="agents, forecasting"
        />
      </div>
      <AboutField state={state} edit={edit} episodeId={episode.id} />
      {isPrediction ? (
        <PredictionFields
          value={state.prediction}
          edit={(c) => edit({ prediction: { ...state.prediction, ...c } })}
          quote={quote}
          episodeId={episode.id}
        />
      ) : null}
      <RelationsField state={state} edit={edit} episodeId={episode.id} />
      <AttributionField state={state} edit={edit} episodeId={episode.id} />
      {'edit' in target ? (
        <div className="field">
          <label htmlFor="cf-note">Why you edit it (kept in its history)</label>
          <input id="cf-note" value={state.note} onChange={(e) => edit({ note: e.target.value })} />
        </div>
      ) : null}
      <FormErrors problems={problems} error={error ? refusal(error) : null} />
      <p className="wb-actions">
        <button type="submit" disabled={created.fetching || updated.fetching}>
          Save draft <kbd>Ctrl+Enter</kbd>
        </button>{' '}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </p>
    </form>
  );
}

export function FormErrors({ problems, error }: { problems: string[]; error: string | null }) {
  if (problems.length === 0 && !error) return null;
  return (
    <div className="state error" role="alert" data-testid="form-error">
      {problems.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {error ? <p>The API refused: {error}</p> : null}
    </div>
  );
}
