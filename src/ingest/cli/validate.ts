// npm run validate -- [files or folders]: checks transcripts and annotations, prints coverage.
import { runCommand } from '../../cli/command';
import { loadConfig } from '../../config';
import { coverageOf, corpusCounts } from '../corpus/coverage';
import { loadCorpus } from '../corpus/load-corpus';
import { formatProblem } from '../problems';

const SPEC = {
  usage: 'npm run validate -- [--quiet] [FILE|FOLDER ...]',
  description: `Checks transcripts (.md) and annotation files (.yaml, .yml, .json) against the annotation
schema and against each other: ids, references, verbatim quotes and forms, due dates. Prints
every problem as file:line: field: message and exits 1 if there is any; otherwise prints a
coverage report: turns with no annotation, every prediction (bucket, dated, conditional), every
statement excluded from the predictions and why, every attribution doubt and the claims resting
on it, per speaker their own and reported predictions, endorsements, exclusions and doubted
claims, and counts by kind. Warnings (for example hedges and bucket disagreeing with the hedge
table in seed/README.md) are printed but do not fail. With no arguments it checks the bundled
corpus (SEED_DIR, default seed/episodes).`,
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'print problems only, no coverage report' },
  },
  positionals: { name: 'files or folders' },
} as const;

function main(quiet: boolean, inputs: string[]): number | void {
  const result = loadCorpus(inputs.length > 0 ? inputs : [loadConfig().seedDir]);
  for (const warning of result.warnings) {
    process.stderr.write(`warning: ${formatProblem(warning)}\n`);
  }
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(
      `validate: ${result.problems.length} problem(s) in ${result.files.length} file(s)\n`,
    );
    return 1;
  }
  const { corpus } = result;
  process.stdout.write(`validate: ${result.files.length} file(s) OK\n`);
  if (quiet) return;
  for (const coverage of coverageOf(corpus)) {
    process.stdout.write(`\nepisode ${coverage.episodeId}\n`);
    for (const section of coverage.sections) {
      process.stdout.write(
        `  ${section.claims > 0 ? 'ok  ' : 'NONE'} ${String(section.claims).padStart(3)} claims  ${section.title}\n`,
      );
    }
    process.stdout.write(
      `  turns with no annotation (${coverage.unannotatedTurns.length}): ${
        coverage.unannotatedTurns
          .map((turn) => `${turn.id} "${turn.text.slice(0, 30)}"`)
          .join(', ') || 'none'
      }\n`,
    );
    process.stdout.write(
      `  turns with no claim (${coverage.turnsWithoutClaims.length}): ${coverage.turnsWithoutClaims.join(' ') || 'none'}\n`,
    );
    if (coverage.unlinkedNotes.length > 0) {
      process.stdout.write(
        `  verification notes linked to no entity: ${coverage.unlinkedNotes.join(', ')}\n`,
      );
    }
    process.stdout.write(`  predictions (${coverage.predictions.length}):\n`);
    for (const item of coverage.predictions) {
      const flags = [item.dated ? 'dated' : '', item.conditional ? 'conditional' : '']
        .filter((flag) => flag !== '')
        .join(', ');
      process.stdout.write(
        `    ${item.turn} ${item.bucket.padEnd(14)} ${item.id}${flags ? ` (${flags})` : ''}\n`,
      );
    }
    process.stdout.write(`  excluded from predictions (${coverage.exclusions.length}):\n`);
    for (const item of coverage.exclusions) {
      process.stdout.write(`    ${item.turn} "${item.quote.slice(0, 60)}": ${item.reason}\n`);
    }
    process.stdout.write(`  attribution doubts (${coverage.attributionDoubts.length}):\n`);
    for (const item of coverage.attributionDoubts) {
      process.stdout.write(
        `    ${item.id} (${item.turns.join(', ')}): ${item.claims.length} claim(s): ${item.claims.join(' ') || 'none'}\n`,
      );
    }
    process.stdout.write(
      '  per speaker: own predictions, reported predictions, endorsements, exclusions, doubted claims\n',
    );
    for (const item of coverage.speakers) {
      process.stdout.write(
        `    ${item.speakerId.padEnd(20)} predictions=${item.predictions} reported=${item.reportedPredictions} endorsements=${item.endorsements} exclusions=${item.exclusions} doubted=${item.doubtedClaims}\n`,
      );
    }
    process.stdout.write(
      `  counts: ${Object.entries(coverage.counts)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ')}\n`,
    );
  }
  process.stdout.write(
    `\ncorpus: ${Object.entries(corpusCounts(corpus))
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}\n`,
  );
}

void runCommand(SPEC, ({ values, positionals }) => main(values.quiet === true, positionals));
