import { slugify } from '../slug';
import type { Problem } from '../problems';
import type { TranscriptDocument, TurnEntry } from '../transcript/write-transcript';
import type { Chapter, Cue } from './caption-types';

/** The label given to cues when the source names no speaker before them. */
export const UNNAMED_SPEAKER = 'SPEAKER';

/** Characters the transcript header and turn labels use as markup: a name cannot hold them. */
const MARKUP = /[*:()[\],;]/;

/** The section title when the source has no chapters: the episode is then one section. */
export const SINGLE_SECTION_TITLE = 'Conversation';

export interface EpisodeFacts {
  title: string;
  /** YYYY-MM-DD. */
  airDate: string;
  mediaUrl: string | null;
  /** `--speaker LABEL=Full Name`: labels as the source writes them. */
  speakerNames: Map<string, string>;
  /** The host's full name; by default whoever speaks first. */
  host?: string;
}

export type BuildResult =
  | { ok: true; document: TranscriptDocument; warnings: string[] }
  | { ok: false; problems: Problem[] };

/**
 * Cues into a transcript: consecutive cues by one speaker merge into one turn (its start is the
 * first cue's, its end the last's), labels become full names (`--speaker`), and chapters become
 * sections by time.
 */
export function buildTranscript(
  file: string,
  cues: Cue[],
  chapters: Chapter[],
  facts: EpisodeFacts,
): BuildResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const turns: (TurnEntry & { name: string })[] = [];
  let unnamed = 0;
  for (const cue of cues) {
    const label = cue.speaker ?? turns[turns.length - 1]?.name ?? null;
    if (label === null) unnamed += 1;
    const name =
      cue.speaker === null && label !== null ? label : fullName(label ?? UNNAMED_SPEAKER, facts);
    if (MARKUP.test(name) || name.trim() === '') {
      problems.push({
        file,
        line: cue.line,
        field: 'speaker',
        message: `speaker "${name}" cannot be a name (it holds one of * : ( ) [ ] , ;); map it with --speaker "${cue.speaker ?? UNNAMED_SPEAKER}=Full Name"`,
      });
      continue;
    }
    const last = turns[turns.length - 1];
    if (last && last.name === name) {
      last.text = `${last.text} ${cue.text}`;
      last.endTime = maxEnd(last.endTime, cue.end);
    } else {
      turns.push({ name, label: name, text: cue.text, startTime: cue.start, endTime: cue.end });
    }
  }
  if (unnamed > 0) {
    warnings.push(
      `${unnamed} cue(s) at the start name no speaker: they are "${fullName(UNNAMED_SPEAKER, facts)}" (name them with --speaker "${UNNAMED_SPEAKER}=Full Name")`,
    );
  }
  const names = [...new Set(turns.map((turn) => turn.name))];
  checkDistinctIds(file, names, problems);
  const host = facts.host ?? names[0];
  if (host !== undefined && !names.includes(host)) {
    problems.push({
      file,
      line: 0,
      field: 'host',
      message: `--host "${host}" never speaks; the speakers are ${names.join(', ')}`,
    });
  }
  if (problems.length > 0 || host === undefined) return { ok: false, problems };
  labelTurns(turns, names);
  return {
    ok: true,
    warnings,
    document: {
      title: facts.title,
      airDate: facts.airDate,
      mediaUrl: facts.mediaUrl,
      host: { name: host, affiliation: null, expertise: null },
      panelists: names
        .filter((name) => name !== host)
        .map((name) => ({ name, affiliation: null, expertise: null })),
      sections: sectionsOf(turns, chapters),
      editorialNote: null,
      notes: [],
    },
  };
}

/** `--speaker` first; an unmapped label in capitals (`MARCUS LEE`) reads as `Marcus Lee`. */
function fullName(label: string, facts: EpisodeFacts): string {
  const mapped = facts.speakerNames.get(label);
  if (mapped !== undefined) return mapped.trim();
  if (/^[\p{Lu} .'’-]+$/u.test(label) && /\p{Lu}{2}/u.test(label)) {
    return label
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => `${sep}${ch.toUpperCase()}`);
  }
  return label.trim();
}

/** Two names that give one person id would merge two people. */
function checkDistinctIds(file: string, names: string[], problems: Problem[]): void {
  const byId = new Map<string, string>();
  for (const name of names) {
    const other = byId.get(slugify(name));
    if (other !== undefined) {
      problems.push({
        file,
        line: 0,
        field: 'speaker',
        message: `"${name}" and "${other}" would be one person (${slugify(name)}); map one with --speaker`,
      });
    }
    byId.set(slugify(name), name);
  }
}

/** Turns carry the first name, as the format writes them, unless two speakers share it. */
function labelTurns(turns: (TurnEntry & { name: string })[], names: string[]): void {
  const firstOf = (name: string): string => name.split(/\s+/)[0] ?? name;
  const firsts = names.map(firstOf);
  for (const turn of turns) {
    const first = firstOf(turn.name);
    const unique =
      firsts.filter((candidate) => candidate === first).length === 1 &&
      !names.some((name) => name === first && name !== turn.name);
    turn.label = unique ? first : turn.name;
  }
}

/** Each turn goes to the last chapter that starts at or before it; no chapters, one section. */
function sectionsOf(turns: TurnEntry[], chapters: Chapter[]): TranscriptDocument['sections'] {
  const plain = (turn: TurnEntry): TurnEntry => ({
    label: turn.label,
    text: turn.text,
    startTime: turn.startTime,
    endTime: turn.endTime,
  });
  if (chapters.length === 0) return [{ title: SINGLE_SECTION_TITLE, turns: turns.map(plain) }];
  const sorted = [...chapters].sort((a, b) => a.start - b.start);
  const sections: TranscriptDocument['sections'] = [
    { title: null, turns: [] },
    ...sorted.map((chapter) => ({ title: chapter.title, turns: [] as TurnEntry[] })),
  ];
  for (const turn of turns) {
    const start = turn.startTime ?? 0;
    let index = 0;
    sorted.forEach((chapter, i) => {
      if (chapter.start <= start + 0.0005) index = i + 1;
    });
    sections[index]?.turns.push(plain(turn));
  }
  return sections.filter((section) => section.turns.length > 0);
}

function maxEnd(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
