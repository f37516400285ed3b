import type { Problem } from '../problems';
import { slugify } from '../slug';
import type { Episode, Section, Speaker, Turn, VerificationNote } from '../../domain/transcript';

/**
 * Parses one transcript in the markdown format described in seed/README.md. Every problem is
 * collected with its line; the result is either a whole episode or the list of problems.
 */
export type ParseResult = { ok: true; episode: Episode } | { ok: false; problems: Problem[] };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const TITLE = /^#\s+(.+?)\s*$/;
const SECTION = /^##\s+(.+?)\s*$/;
const HEADER_FIELD = /^\*\*([^*]+?):\*\*\s*(.*?)\s*$/;
const TURN = /^\*\*([^*:]+?):\*\*\s?(.*)$/;
const FOOTNOTE = /^\[\^(\d+)\]:\s*(?:\*\*(.+?)\*\*\s*:?\s*)?(.*)$/;
const RULE = /^(-{3,}|\*{3,}|_{3,})\s*$/;
const NOTES_SECTION = /^(verification notes|notes|footnotes)$/i;
const HEADER_FIELDS = new Set([
  'host',
  'hosts',
  'panelists',
  'panelist',
  'guests',
  'guest',
  'original air date',
  'air date',
]);
const EDITORIAL_NOTE = /^[*_]\s*(note|editor'?s note)\b/i;

export function parseTranscript(file: string, text: string): ParseResult {
  const problems: Problem[] = [];
  const problem = (line: number, field: string, message: string): void => {
    problems.push({ file, line, field, message });
  };
  const lines = text.split('\n');

  // Title: the first non-blank line.
  let index = lines.findIndex((line) => line.trim() !== '');
  const titleLine = index >= 0 ? (lines[index] ?? '') : '';
  const titleMatch = TITLE.exec(titleLine);
  if (index < 0 || titleMatch?.[1] === undefined || titleLine.startsWith('##')) {
    problem(index + 1, 'title', 'the transcript must start with a "# Title" line');
    return { ok: false, problems };
  }
  const title = titleMatch[1];

  // Header: labelled lines until the first rule or section heading.
  const header = new Map<string, { value: string; line: number }>();
  for (index += 1; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    if (RULE.test(line) || SECTION.test(line)) break;
    const field = HEADER_FIELD.exec(line);
    const name = field?.[1]?.trim().toLowerCase();
    // A label the header does not know starts the conversation (a cold open before any rule).
    if (name !== undefined && !HEADER_FIELDS.has(name)) break;
    if (name === undefined || field?.[2] === undefined) {
      problem(
        index + 1,
        'header',
        `expected "**Field:** value" in the header, got "${clip(line)}"`,
      );
      continue;
    }
    header.set(name, { value: field[2], line: index + 1 });
  }
  const headerEnd = index;

  const hostField = header.get('host');
  const panelField = header.get('panelists') ?? header.get('panelist') ?? header.get('guests');
  const dateField = header.get('original air date') ?? header.get('air date');
  if (hostField === undefined || hostField.value === '') {
    problem(headerEnd + 1, 'header.host', 'no "**Host:** Name" line in the header');
  }
  if (dateField === undefined) {
    problem(headerEnd + 1, 'header.airDate', 'no "**Original Air Date:** Month D, YYYY" line');
  }
  const airDate = dateField ? parseAirDate(dateField.value) : undefined;
  if (dateField && airDate === undefined) {
    problem(
      dateField.line,
      'header.airDate',
      `"${dateField.value}" is not a date like "May 22, 2025" or 2025-05-22`,
    );
  }

  const speakers: Speaker[] = [];
  if (hostField && hostField.value !== '') {
    speakers.push(makeSpeaker(hostField.value, 'host', undefined, undefined));
  }
  if (panelField) {
    for (const entry of splitPanelists(panelField.value)) {
      speakers.push(makeSpeaker(entry.name, 'panelist', entry.affiliation, entry.expertise));
    }
  }
  const seenSpeakers = new Set<string>();
  for (const speaker of speakers) {
    if (seenSpeakers.has(speaker.id)) {
      problem(panelField?.line ?? 0, 'header.panelists', `"${speaker.name}" is listed twice`);
    }
    seenSpeakers.add(speaker.id);
  }
  if (problems.length > 0 || airDate === undefined) return { ok: false, problems };

  const episodeId = `${airDate}-${slugify(title)}`;
  const sections: Section[] = [];
  const turns: Turn[] = [];
  const notes: VerificationNote[] = [];
  const editorial: string[] = [];
  let inNotes = false;
  let current: { turn: Turn; paragraphs: string[][] } | undefined;
  let currentNote: VerificationNote | undefined;
  let blankSince = true;

  const closeTurn = (): void => {
    if (current) {
      current.turn.text = current.paragraphs.map((lines) => lines.join('\n')).join('\n\n');
      current.turn.paragraphCount = current.paragraphs.length;
      current = undefined;
    }
  };
  const sectionFor = (line: number): Section => {
    const last = sections[sections.length - 1];
    if (last) return last;
    // Turns before any heading still need a section to live in.
    const opening = {
      id: `${episodeId}#s00`,
      localId: 's00',
      position: 0,
      title: 'Opening',
      line,
    };
    sections.push(opening);
    return opening;
  };

  for (index = headerEnd; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const line = raw.trim();
    const lineNo = index + 1;
    if (line === '') {
      blankSince = true;
      continue;
    }
    const wasBlank = blankSince;
    blankSince = false;

    const section = SECTION.exec(line);
    if (section?.[1] !== undefined) {
      closeTurn();
      currentNote = undefined;
      if (NOTES_SECTION.test(section[1])) {
        inNotes = true;
        continue;
      }
      inNotes = false;
      const position = sections.filter((s) => s.position > 0).length + 1;
      sections.push({
        id: `${episodeId}#s${pad(position, 2)}`,
        localId: `s${pad(position, 2)}`,
        position,
        title: section[1],
        line: lineNo,
      });
      continue;
    }
    if (RULE.test(line)) {
      closeTurn();
      continue;
    }
    if (TITLE.test(line) && !line.startsWith('##')) {
      problem(lineNo, 'title', 'a second "# Title" line; one transcript holds one episode');
      continue;
    }
    if (inNotes) {
      const footnote = FOOTNOTE.exec(line);
      if (footnote?.[1] !== undefined) {
        const number = Number(footnote[1]);
        if (notes.some((note) => note.number === number)) {
          problem(lineNo, `notes[${number}]`, `footnote [^${number}] appears twice`);
        }
        currentNote = {
          id: `${episodeId}#n${number}`,
          number,
          term: footnote[2]?.trim() ?? '',
          text: footnote[3] ?? '',
          line: lineNo,
        };
        notes.push(currentNote);
      } else if (currentNote && !wasBlank) {
        currentNote.text += `\n${line}`;
      } else if (isEditorial(line)) {
        editorial.push(line);
      } else {
        problem(lineNo, 'notes', 'expected a footnote "[^n]: **Term**: explanation"');
      }
      continue;
    }
    // An italic paragraph inside a turn (*laughs*) belongs to it; outside a turn, or written as
    // a note, it is the transcript's editorial note.
    if (isEditorial(line) && (current === undefined || EDITORIAL_NOTE.test(line))) {
      closeTurn();
      editorial.push(line);
      continue;
    }
    const turn = TURN.exec(line);
    if (turn?.[1] !== undefined) {
      closeTurn();
      const label = turn[1].trim();
      const speaker = resolveSpeaker(label, speakers);
      if (speaker === 'ambiguous') {
        problem(lineNo, 'turn.speaker', `speaker label "${label}" matches more than one speaker`);
        continue;
      }
      if (speaker === undefined) {
        problem(
          lineNo,
          'turn.speaker',
          `unknown speaker label "${label}"; the header names ${speakers.map((s) => s.name).join(', ')}`,
        );
        continue;
      }
      const position = turns.length + 1;
      const home = sectionFor(lineNo);
      const created: Turn = {
        id: `${episodeId}#t${pad(position, 3)}`,
        localId: `t${pad(position, 3)}`,
        position,
        sectionId: home.id,
        speakerId: speaker.id,
        label,
        text: '',
        paragraphCount: 0,
        line: lineNo,
      };
      turns.push(created);
      current = { turn: created, paragraphs: [[turn[2] ?? '']] };
      continue;
    }
    if (current) {
      // A paragraph without a label continues the turn before it.
      if (wasBlank) current.paragraphs.push([line]);
      else current.paragraphs[current.paragraphs.length - 1]?.push(line);
      continue;
    }
    problem(lineNo, 'turn', `text outside any turn: "${clip(line)}" (start turns with **Name:**)`);
  }
  closeTurn();

  if (turns.length === 0 && problems.length === 0) {
    problem(headerEnd + 1, 'turns', 'the transcript has no turns ("**Name:** text" lines)');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    episode: {
      id: episodeId,
      title,
      airDate,
      sourceFile: file,
      speakers,
      sections,
      turns,
      notes,
      editorialNote: editorial.length > 0 ? editorial.map(stripEmphasis).join('\n') : null,
    },
  };
}

function isEditorial(line: string): boolean {
  return (
    (line.startsWith('*') && !line.startsWith('**') && line.endsWith('*')) ||
    (line.startsWith('_') && line.endsWith('_'))
  );
}

function stripEmphasis(line: string): string {
  return line.replace(/^[*_]+|[*_]+$/g, '').trim();
}

function makeSpeaker(
  name: string,
  role: Speaker['role'],
  affiliation: string | undefined,
  expertise: string | undefined,
): Speaker {
  const clean = name.trim();
  return {
    id: slugify(clean),
    name: clean,
    firstName: clean.split(/\s+/)[0] ?? clean,
    role,
    affiliation: affiliation ?? null,
    expertise: expertise ?? null,
  };
}

/** "A (Org, role), B (Org, role)" → entries; commas inside parentheses stay put. */
function splitPanelists(
  value: string,
): { name: string; affiliation?: string; expertise?: string }[] {
  const entries: string[] = [];
  let depth = 0;
  let currentEntry = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      entries.push(currentEntry);
      currentEntry = '';
    } else {
      currentEntry += char;
    }
  }
  entries.push(currentEntry);
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^(.*?)\s*\((.*)\)$/.exec(entry);
      if (match?.[1] === undefined || match[2] === undefined) return { name: entry };
      const [affiliation, ...rest] = match[2].split(',').map((part) => part.trim());
      return {
        name: match[1],
        ...(affiliation ? { affiliation } : {}),
        ...(rest.length > 0 ? { expertise: rest.join(', ') } : {}),
      };
    });
}

/** A turn label is a first name, or a full name; it must match exactly one speaker. */
function resolveSpeaker(label: string, speakers: Speaker[]): Speaker | 'ambiguous' | undefined {
  const byFull = speakers.filter((s) => s.name === label);
  if (byFull.length === 1) return byFull[0];
  const byFirst = speakers.filter((s) => s.firstName === label);
  if (byFirst.length > 1) return 'ambiguous';
  return byFirst[0];
}

export function parseAirDate(value: string): string | undefined {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso?.[1] && iso[2] && iso[3]) {
    return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const spoken = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(trimmed);
  if (spoken?.[1] && spoken[2] && spoken[3]) {
    const month = MONTHS.findIndex((m) => m.startsWith(spoken[1]?.toLowerCase() ?? '-'));
    if (month < 0 || (spoken[1].length < 3 && spoken[1].toLowerCase() !== 'may')) return undefined;
    return validDate(Number(spoken[3]), month + 1, Number(spoken[2]));
  }
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
