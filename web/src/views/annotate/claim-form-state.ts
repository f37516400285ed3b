import type {
  ClaimKind,
  ClaimRelationType,
  ConfidenceBucket,
  CreateClaimInput,
  PredictionInput,
  UpdateClaimInput,
} from '../../gql/graphql';
import type { TurnSelection } from './selection';

/** Something picked from a search: its id (or key, for people) and what to show. */
export interface Choice {
  id: string;
  label: string;
}

export interface PredictionState {
  horizon: string;
  conditional: boolean;
  /** One condition per line, as spoken. */
  conditions: string;
  criteria: string;
  /** Where the evidence that settles it will be found (rule 12 asks it with the criteria). */
  source: string;
  /** The hedge words that govern the predicted part, comma-separated; null: those found in the quote. */
  hedges: string | null;
  /** Empty: the bucket the hedge table gives. */
  bucket: ConfidenceBucket | '';
  override: string;
}

export interface ClaimState {
  kind: ClaimKind;
  paraphrase: string;
  /** Comma-separated topic slugs. */
  topics: string;
  about: Choice[];
  relations: { type: ClaimRelationType; target: Choice }[];
  reports: 'own' | 'person' | 'group';
  person: Choice | null;
  group: string;
  prediction: PredictionState;
  /** Why it was edited (edits only). */
  note: string;
}

export function emptyClaim(kind: ClaimKind, horizon = ''): ClaimState {
  return {
    kind,
    paraphrase: '',
    topics: '',
    about: [],
    relations: [],
    reports: 'own',
    person: null,
    group: '',
    prediction: {
      horizon,
      conditional: false,
      conditions: '',
      criteria: '',
      source: '',
      hedges: null,
      bucket: '',
      override: '',
    },
    note: '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function topicsOf(text: string): string[] {
  return text
    .split(',')
    .map((topic) => topic.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter((topic) => topic !== '');
}

/** What the form still lacks before the server is asked (the server checks everything again). */
export function problemsOf(state: ClaimState): string[] {
  const problems: string[] = [];
  if (state.reports === 'person' && !state.person)
    problems.push('Choose the person whose view it reports.');
  if (state.reports === 'group' && state.group.trim() === '')
    problems.push('Name the group whose view it reports.');
  if (state.kind !== 'PREDICTION') return problems;
  const p = state.prediction;
  if (p.criteria.trim() === '')
    problems.push('Give resolution criteria: what would make it correct or incorrect.');
  if (p.source.trim() === '')
    problems.push('Say where the evidence that settles it will be found.');
  if (p.conditional && lines(p.conditions).length === 0)
    problems.push('A conditional prediction needs its condition.');
  if (p.bucket !== '' && p.override.trim() === '')
    problems.push('Say why the confidence departs from the hedge table.');
  return problems;
}

export function hedgesOf(text: string): string[] {
  return text
    .split(',')
    .map((hedge) => hedge.trim())
    .filter((hedge) => hedge !== '');
}

function predictionOf(p: PredictionState): PredictionInput {
  return {
    ...(p.horizon.trim() ? { horizon: p.horizon.trim() } : {}),
    conditions: p.conditional ? lines(p.conditions) : [],
    resolutionCriteria: p.criteria.trim(),
    resolutionSource: p.source.trim(),
    ...(p.hedges === null ? {} : { hedges: hedgesOf(p.hedges) }),
    ...(p.bucket ? { bucket: p.bucket, override: p.override.trim() } : {}),
  };
}

/** The fields both a new claim and an edit send. */
function fieldsOf(state: ClaimState) {
  return {
    kind: state.kind,
    topics: topicsOf(state.topics),
    about: state.about.map((c) => c.id),
    relations: state.relations.map((r) => ({ type: r.type, target: r.target.id })),
    ...(state.reports === 'person' && state.person
      ? { attributedTo: { person: state.person.id } }
      : {}),
    ...(state.reports === 'group' ? { attributedTo: { group: state.group.trim() } } : {}),
  };
}

export function createInput(
  selection: TurnSelection,
  state: ClaimState,
  clientMutationId: string,
): CreateClaimInput {
  return {
    turn: selection.turnId,
    quote: selection.quote,
    occurrence: selection.occurrence,
    ...fieldsOf(state),
    ...(state.paraphrase.trim() ? { paraphrase: state.paraphrase.trim() } : {}),
    ...(state.kind === 'PREDICTION' ? { prediction: predictionOf(state.prediction) } : {}),
    clientMutationId,
  };
}

/** An edit sends every field, so what the form shows is what the claim becomes. */
export function updateInput(state: ClaimState): UpdateClaimInput {
  return {
    ...fieldsOf(state),
    paraphrase: state.paraphrase.trim() || null,
    ...(state.reports === 'own' ? { attributedTo: null } : {}),
    prediction: state.kind === 'PREDICTION' ? predictionOf(state.prediction) : null,
    ...(state.note.trim() ? { note: state.note.trim() } : {}),
  };
}
