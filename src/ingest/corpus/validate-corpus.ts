import type { Corpus } from '../../domain/corpus';
import type { Episode } from '../../domain/transcript';
import type { LocatedAnnotationFile } from '../annotations/read-annotation-file';
import type { Problem } from '../problems';
import { assembleCorpus, buildRows } from './build-corpus';
import { CorpusContext } from './corpus-context';
import { SPECIFIED_RULES, type RuleSet } from './rules';
import type { Path, Report } from './rules/rule';
import { runClaimRules } from './validate-claim';

/** Warnings never block an import; they point at annotations worth a second look. */
export type ValidationResult =
  | { ok: true; corpus: Corpus; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/**
 * Checks annotation files against the parsed transcripts with every rule in rules/ (every id
 * unique, every reference resolving, every quote, surface form and discrepancy text present
 * verbatim in its turn, every due date consistent with the air date). Returns all problems, or
 * the corpus ready to import.
 */
export function validateCorpus(
  episodes: Episode[],
  files: LocatedAnnotationFile[],
  rules: RuleSet = SPECIFIED_RULES,
): ValidationResult {
  const context = new CorpusContext(episodes);
  // Pass 1: collect every defined id, so references may point forward and across files.
  context.collectSpeakers();
  for (const file of files) define(context, file, rules);
  // Pass 2: check every reference and locate every quote.
  for (const file of files) check(context, file, rules);
  // Pass 3: what no single file can show.
  const rows = buildRows(context, files);
  for (const rule of rules.corpus) {
    rule.check(rows, (field, message) =>
      context.problems.push({ file: '(corpus)', line: 0, field, message }),
    );
  }
  const { problems, warnings } = context;
  if (problems.length > 0) return { ok: false, problems, warnings };
  return { ok: true, corpus: assembleCorpus(context, rows), warnings };
}

function define(context: CorpusContext, file: LocatedAnnotationFile, rules: RuleSet): void {
  for (const rule of rules.files) rule.annotationFile?.(file, context, context.reportFor(file));
  const episode = context.episode(file.data.episode);
  if (episode === undefined) return;
  const view = context.episodeFile(file, episode);
  (file.data.entities ?? []).forEach((entity, i) => {
    for (const rule of rules.files) rule.defineEntity?.(entity, i, view);
    context.defineEntity(file, episode, entity, i);
  });
  (file.data.claims ?? []).forEach((claim, i) => {
    for (const rule of rules.files) rule.defineClaim?.(claim, i, view);
    context.defineClaim(file, claim, i);
  });
  (file.data.discrepancies ?? []).forEach((item, i) => {
    for (const rule of rules.files) rule.defineDiscrepancy?.(item, i, view);
    context.defineDiscrepancy(file, item, i);
  });
}

function check(context: CorpusContext, file: LocatedAnnotationFile, rules: RuleSet): void {
  const episode = context.episode(file.data.episode);
  if (episode === undefined) return;
  const view = context.episodeFile(file, episode);
  const { data } = file;
  (data.entities ?? []).forEach((entity, i) => {
    for (const rule of rules.files) rule.entity?.(entity, i, view);
    (entity.mentions ?? []).forEach((mention, j) => {
      for (const rule of rules.files) rule.mention?.(mention, ['entities', i, 'mentions', j], view);
    });
  });
  (data.entityRelations ?? []).forEach((relation, i) => {
    for (const rule of rules.files) rule.entityRelation?.(relation, i, view);
  });
  const scope = context.scope(episode);
  (data.claims ?? []).forEach((claim, i) => {
    const turn = context.turn(episode, claim.turn);
    runClaimRules(rules.claims, claim, turn, scope, within(view.report, ['claims', i]));
  });
  (data.notes ?? []).forEach((link, i) => {
    for (const rule of rules.files) rule.noteLink?.(link, i, view);
  });
  (data.discrepancies ?? []).forEach((item, i) => {
    for (const rule of rules.files) rule.discrepancy?.(item, i, view);
  });
  (data.excluded ?? []).forEach((item, i) => {
    for (const rule of rules.files) rule.exclusion?.(item, i, view);
  });
}

/** A report whose paths start at `prefix`: a claim's rules report into its file. */
function within(report: Report, prefix: Path): Report {
  return {
    error: (path, message) => report.error([...prefix, ...path], message),
    warn: (path, message) => report.warn([...prefix, ...path], message),
  };
}
