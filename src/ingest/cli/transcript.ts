// npm run transcript -- import FILE --title T --aired YYYY-MM-DD --out DIR: captions → an episode folder.
import { runCommand, UsageError } from '../../cli/command';
import { isCalendarDate } from '../../domain/dates';
import { isSafeMediaUrl } from '../../domain/media-time';
import { CAPTION_FORMATS, type CaptionFormat } from '../captions/caption-types';
import { importTranscript } from '../captions/import-transcript';
import { formatProblem, InputError } from '../problems';

const SPEC = {
  usage:
    'npm run transcript -- import FILE --title "TITLE" --aired YYYY-MM-DD --out DIR [--format vtt|srt|whisper|text] [--speaker "LABEL=Full Name" ...] [--media URL] [--chapters FILE] [--host "Full Name"]',
  description: `Reads a caption or transcript file and writes an episode folder, DIR/<air date>-<title slug>/,
in the corpus format: transcript.md with each turn's start and end time (and the media URL),
plus empty annotation files (entities.yaml, claims.yaml). npm run validate and npm run seed
accept the folder as it is. Formats: WebVTT with <v Name> voice spans or "NAME:" prefixes
(NOTE blocks ignored), SRT with a "NAME:" prefix, Whisper/WhisperX JSON (segments with start,
end, text and, once diarised, speaker), and text transcripts as podcast sites publish them
("Name (00:01:48)", "Name [1:02:03]" or "Name 00:01:48" lines, then paragraphs). Consecutive
cues by one speaker make one turn. A cue that names no speaker continues the speaker before
it. Sections come from chapters (--chapters, or "## Title" lines in a text transcript);
otherwise the episode is one section. A malformed file is refused with every problem by file
and line, and nothing is written.`,
  options: {
    title: { type: 'string', valueName: 'TITLE', description: 'the episode title (required)' },
    aired: { type: 'string', valueName: 'YYYY-MM-DD', description: 'the air date (required)' },
    out: {
      type: 'string',
      valueName: 'DIR',
      description: 'where the episode folder goes (required)',
    },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: `one of ${CAPTION_FORMATS.join(', ')} (default: from the extension and content)`,
    },
    speaker: {
      type: 'string',
      multiple: true,
      valueName: '"LABEL=Full Name"',
      description: 'the full name behind a label (SPEAKER_00, MARCUS LEE); repeatable',
    },
    media: { type: 'string', valueName: 'URL', description: "the episode's audio, http(s)" },
    chapters: {
      type: 'string',
      valueName: 'FILE',
      description: 'a WebVTT chapters file: each cue a section from its start time',
    },
    host: {
      type: 'string',
      valueName: '"Full Name"',
      description: 'who hosts (default: whoever speaks first); the others are panelists',
    },
  },
  positionals: { name: 'import FILE', min: 2, max: 2 },
  epilogue: `Example:
  npm run transcript -- import episode.vtt --title "Chips and Power" --aired 2025-06-01 \\
    --out seed/episodes --speaker "SPEAKER_00=Marcus Lee" --media https://example.org/ep.mp3`,
} as const;

interface Values {
  title?: string;
  aired?: string;
  out?: string;
  format?: string;
  speaker?: string[];
  media?: string;
  chapters?: string;
  host?: string;
}

function main(values: Values, positionals: string[]): number {
  const [verb, file] = positionals;
  if (verb !== 'import' || file === undefined) throw new UsageError('expected: import FILE');
  const { title, aired, out } = values;
  if (title === undefined || title.trim() === '') throw new UsageError('--title is required');
  if (aired === undefined || !isCalendarDate(aired)) {
    throw new UsageError('--aired YYYY-MM-DD is required (a calendar date)');
  }
  if (out === undefined || out === '') throw new UsageError('--out DIR is required');
  const format = values.format;
  if (format !== undefined && !(CAPTION_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${CAPTION_FORMATS.join(', ')}`);
  }
  if (values.media !== undefined && !isSafeMediaUrl(values.media)) {
    throw new UsageError('--media must be an absolute http:// or https:// URL');
  }
  const speakerNames = new Map<string, string>();
  for (const entry of values.speaker ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0 || entry.slice(at + 1).trim() === '') {
      throw new UsageError(`--speaker "${entry}": expected "LABEL=Full Name"`);
    }
    speakerNames.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  try {
    const result = importTranscript({
      file,
      title: title.trim(),
      airDate: aired,
      out,
      mediaUrl: values.media ?? null,
      speakerNames,
      ...(format === undefined ? {} : { format: format as CaptionFormat }),
      ...(values.chapters === undefined ? {} : { chapters: values.chapters }),
      ...(values.host === undefined ? {} : { host: values.host }),
    });
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(
      `transcript: ${result.format}, ${result.cues} cues → ${result.turns} turns in ${result.sections} section(s), speakers: ${result.speakers.join(', ')}\n` +
        `transcript: wrote ${result.dir}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`transcript: ${error.problems.length} problem(s); nothing was written\n`);
    return 1;
  }
}

void runCommand(SPEC, ({ values, positionals }) => main(values, positionals));
