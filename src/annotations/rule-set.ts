import type {
  AnnotationFile,
  ClaimAnnotation,
  EntityAnnotation,
  ExclusionAnnotation,
} from '../ingest/annotations/annotation-types';
import type { ClaimRow, EntityRow, ExclusionRow, MentionRow } from '../domain/corpus';
import type { Episode } from '../domain/transcript';
import type { EntityType } from '../domain/vocabulary';
import { parseAnnotationText } from '../ingest/annotations/read-annotation-file';
import { validateCorpus } from '../ingest/corpus/validate-corpus';

/**
 * One rule set for files and for the workbench (issue 15): a mutation's claim is checked by
 * the importer's own rules, not a copy of them. `AnnotationRuleSet` is the small interface the
 * service depends on; `corpusRuleSet` answers it today by running the corpus validator on a
 * one-claim annotation file, with the transcript read from the graph and stubs for everything
 * the claim refers to. When the validator is split into per-claim rules, a rule set built on
 * those replaces this one and the service does not change.
 */

/** What a rule found, in terms of the input field to fix. */
export interface RuleFinding {
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Everything a claim may refer to, as read from the graph. */
export interface RuleScope {
  /** The claim's episode first, then the episodes of the claims it relates to. */
  episodes: Episode[];
  /** Entities it names (about, speaker, attributedTo), with their types. */
  entities: { id: string; type: EntityType; name: string }[];
  /** Claims it relates to: where they stand and who said them. */
  claims: {
    id: string;
    episodeId: string;
    turn: string;
    quote: string;
    occurrence: number;
    speaker: string;
    isPrediction: boolean;
  }[];
  /** Statements already excluded in the claim's turn. */
  exclusions: { turn: string; quote: string; occurrence: number }[];
}

export interface AnnotationRuleSet {
  /** The row to write, when no rule refuses it; every finding either way. */
  checkClaim(
    claim: ClaimAnnotation,
    episodeId: string,
    scope: RuleScope,
  ): { row: ClaimRow | null; findings: RuleFinding[] };
  checkExclusion(
    item: ExclusionAnnotation,
    episodeId: string,
    scope: RuleScope,
  ): { row: ExclusionRow | null; findings: RuleFinding[] };
  /** An entity and its mentions (a new entity, or a stub of one with the mention to add). */
  checkEntity(
    entity: EntityAnnotation,
    episodeId: string,
    scope: RuleScope,
  ): { row: EntityRow | null; mentions: MentionRow[]; findings: RuleFinding[] };
}

const FILE = '(workbench)';

export const corpusRuleSet: AnnotationRuleSet = {
  checkEntity(entity, episodeId, scope) {
    const result = run(episodeId, { ...scope, entities: [] }, { entities: [entity] });
    return {
      row: result.ok ? (result.entities?.find((row) => row.id === entity.id) ?? null) : null,
      mentions: result.mentions ?? [],
      findings: findingsFor(result, 'entities', null),
    };
  },

  checkClaim(claim, episodeId, scope) {
    const result = run(episodeId, scope, { claims: [claim] });
    const row = result.claims?.find((candidate) => candidate.id === claim.id) ?? null;
    return { row: result.ok ? row : null, findings: findingsFor(result, 'claims', claim.id) };
  },

  checkExclusion(item, episodeId, scope) {
    const result = run(episodeId, scope, { excluded: [item] });
    // The item under test is the first exclusion of the first file.
    const row = result.excluded?.[0] ?? null;
    return { row: result.ok ? row : null, findings: findingsFor(result, 'excluded', null) };
  },
};

interface RunResult {
  ok: boolean;
  claims?: ClaimRow[];
  excluded?: ExclusionRow[];
  entities?: EntityRow[];
  mentions?: MentionRow[];
  problems: { file: string; field: string; message: string; severity: 'error' | 'warning' }[];
}

/**
 * The file under test holds the new item first, then stubs of what it refers to; stubs of
 * claims in other episodes go in a file of their own episode. Checked as `npm run validate`
 * checks files: the schema first, then every reference against the transcripts.
 */
function run(
  episodeId: string,
  scope: RuleScope,
  item: Pick<AnnotationFile, 'claims' | 'excluded' | 'entities'>,
): RunResult {
  const byEpisode = new Map<string, AnnotationFile>();
  const fileOf = (id: string): AnnotationFile => {
    const file = byEpisode.get(id) ?? { episode: id, claims: [], excluded: [] };
    byEpisode.set(id, file);
    return file;
  };
  const main = fileOf(episodeId);
  main.claims = [...(item.claims ?? [])];
  main.excluded = [...(item.excluded ?? [])];
  main.entities = [...(item.entities ?? []), ...scope.entities.map((entity) => ({ ...entity }))];
  for (const stub of scope.claims) {
    fileOf(stub.episodeId).claims?.push({
      id: stub.id,
      turn: stub.turn,
      quote: stub.quote,
      ...(stub.occurrence > 1 ? { occurrence: stub.occurrence } : {}),
      speaker: stub.speaker,
      kind: stub.isPrediction ? 'prediction' : 'assertion',
      ...(stub.isPrediction ? { prediction: { confidence: { bucket: 'likely' } } } : {}),
    });
  }
  main.excluded.push(...scope.exclusions.map((stub) => ({ ...stub, reason: 'already excluded' })));
  const problems: RunResult['problems'] = [];
  const located = [];
  for (const file of byEpisode.values()) {
    const name = file === main ? FILE : `(stub ${file.episode})`;
    const read = parseAnnotationText(name, JSON.stringify(file));
    if (!read.ok) {
      problems.push(...read.problems.map((p) => ({ ...p, severity: 'error' as const })));
      continue;
    }
    located.push(read.file);
  }
  if (problems.length > 0) return { ok: false, problems };
  const validated = validateCorpus(scope.episodes, located);
  const warnings = validated.warnings.map((p) => ({ ...p, severity: 'warning' as const }));
  if (!validated.ok) {
    return {
      ok: false,
      problems: [
        ...validated.problems.map((p) => ({ ...p, severity: 'error' as const })),
        ...warnings,
      ],
    };
  }
  return {
    ok: true,
    claims: validated.corpus.claims,
    excluded: validated.corpus.excluded,
    entities: validated.corpus.entities,
    mentions: validated.corpus.mentions,
    problems: warnings,
  };
}

/**
 * The findings about the item under test, named as its input fields: `claims[0].prediction.
 * confidence.bucket` is `prediction.bucket`, `claims[0].about[2]` is `about`. Findings that
 * span files (an exclusion that is also a prediction, an endorsement of one's own claim) name
 * the item in their message.
 */
function findingsFor(
  result: RunResult,
  list: 'claims' | 'excluded' | 'entities',
  id: string | null,
): RuleFinding[] {
  const own = new RegExp(`^${list}\\[0\\](\\.|$)`);
  const findings: RuleFinding[] = [];
  for (const problem of result.problems) {
    if (problem.file === FILE && own.test(problem.field)) {
      findings.push({
        field: inputField(problem.field.replace(own, '')),
        message: problem.message,
        severity: problem.severity,
      });
    } else if (problem.file === '(corpus)' && (id === null || problem.message.includes(id))) {
      findings.push({
        field: problem.field === 'excluded' ? 'quote' : problem.field,
        message: problem.message,
        severity: problem.severity,
      });
    } else if (problem.file === FILE && problem.field === '(file)') {
      findings.push({ field: 'input', message: problem.message, severity: problem.severity });
    }
  }
  return findings;
}

function inputField(path: string): string {
  const field = path
    .replace(/\[\d+\]/g, '')
    .replace(/^prediction\.confidence\./, 'prediction.')
    .replace(/^prediction\.window\.(from|to)$/, 'prediction.window');
  return field === '' ? 'input' : field;
}
