import type { Problem } from '../problems';
import { slugify } from '../slug';
import { isSafeMediaUrl, parseClock } from '../../domain/media-time';
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
  'media',
]);
/** `[00:01:48.250-00:02:10.000] ` or `[00:01:48] ` after a turn's label: its start and end. */
const TURN_TIME = /^\[(\d[\d:.,]*)(?:\s*[-–]\s*(\d[\d:.,]*))?\](?:\s+|$)/;
const EDITORIAL_NOTE = /^[*_]\s*(note|editor'?s note)\b/i;

type Report = (line: number, field: string, message: string) => void;

export function parseTranscript(file: string, text: string): ParseResult {
  const problems: Problem[] = [];
  const report: Report = (line, field, message) => {
    problems.push({ file, line, field, message });
  };
  const lines = text.split('\n');

  const title = readTitle(lines, report);
  if (title === undefined) return { ok: false, problems };
  const header = readHeader(lines, title.index + 1, report);
  const people = readPeople(header, report);
  const mediaUrl = readMediaUrl(header, report);
  if (problems.length > 0 || people === undefined) return { ok: false, problems };

  const episodeId = `${people.airDate}-${slugify(title.text)}`;
  const body = new BodyReader(episodeId, people.speakers, report);
  for (let index = header.end; index < lines.length; index += 1) {
    body.read(lines[index] ?? '', index + 1);
  }
  body.finish();

  if (body.turns.length === 0 && problems.length === 0) {
    report(header.end + 1, 'turns', 'the transcript has no turns ("**Name:** text" lines)');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    episode: {
      id: episodeId,
      title: title.text,
      airDate: people.airDate,
      mediaUrl,
      sourceFile: file,
      speakers: people.speakers,
      sections: body.sections,
      turns: body.turns,
      notes: body.notes,
      editorialNote:
        body.editorial.length > 0 ? body.editorial.map(stripEmphasis).join('\n') : null,
    },
  };
}

/** The title: the first non-blank line, written "# Title". */
function readTitle(lines: string[], report: Report): { text: string; index: number } | undefined {
  const index = lines.findIndex((line) => line.trim() !== '');
  const titleLine = index >= 0 ? (lines[index] ?? '') : '';
  const match = TITLE.exec(titleLine);
  if (index < 0 || match?.[1] === undefined || titleLine.startsWith('##')) {
    report(index + 1, 'title', 'the transcript must start with a "# Title" line');
    return undefined;
  }
  return { text: match[1], index };
}

interface Header {
  fields: Map<string, { value: string; line: number }>;
  /** Index of the first line after the header. */
  end: number;
}

/** The header: labelled lines until the first rule or section heading. */
function readHeader(lines: string[], start: number, report: Report): Header {
  const fields = new Map<string, { value: string; line: number }>();
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    if (RULE.test(line) || SECTION.test(line)) break;
    const field = HEADER_FIELD.exec(line);
    const name = field?.[1]?.trim().toLowerCase();
    // A label the header does not know starts the conversation (a cold open before any rule).
    if (name !== undefined && !HEADER_FIELDS.has(name)) break;
    if (name === undefined || field?.[2] === undefined) {
      report(index + 1, 'header', `expected "**Field:** value" in the header, got "${clip(line)}"`);
      continue;
    }
    fields.set(name, { value: field[2], line: index + 1 });
  }
  return { fields, end: index };
}

/** The host, the panelists and the air date the header names; undefined when one is wrong. */
function readPeople(
  header: Header,
  report: Report,
): { speakers: Speaker[]; airDate: string } | undefined {
  const hostField = header.fields.get('host');
  const panelField =
    header.fields.get('panelists') ?? header.fields.get('panelist') ?? header.fields.get('guests');
  const dateField = header.fields.get('original air date') ?? header.fields.get('air date');
  if (hostField === undefined || hostField.value === '') {
    report(header.end + 1, 'header.host', 'no "**Host:** Name" line in the header');
  }
  if (dateField === undefined) {
    report(header.end + 1, 'header.airDate', 'no "**Original Air Date:** Month D, YYYY" line');
  }
  const airDate = dateField ? parseAirDate(dateField.value) : undefined;
  if (dateField && airDate === undefined) {
    report(
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
  const seen = new Set<string>();
  for (const speaker of speakers) {
    if (seen.has(speaker.id)) {
      report(panelField?.line ?? 0, 'header.panelists', `"${speaker.name}" is listed twice`);
    }
    seen.add(speaker.id);
  }
  return airDate === undefined ? undefined : { speakers, airDate };
}

/** The episode's audio or video: an absolute http(s) URL, since the dashboard plays it. */
function readMediaUrl(header: Header, report: Report): string | null {
  const field = header.fields.get('media');
  if (field === undefined || field.value === '') return null;
  if (!isSafeMediaUrl(field.value)) {
    report(
      field.line,
      'header.media',
      `"${clip(field.value)}" is not an absolute http:// or https:// URL`,
    );
    return null;
  }
  return field.value;
}

/**
 * The conversation after the header, one line at a time: section headings, turns (which may run
 * over several paragraphs), the verification notes at the end, and the editorial note.
 */
class BodyReader {
  readonly sections: Section[] = [];
  readonly turns: Turn[] = [];
  readonly notes: VerificationNote[] = [];
  readonly editorial: string[] = [];
  private inNotes = false;
  private current: { turn: Turn; paragraphs: string[][] } | undefined;
  private currentNote: VerificationNote | undefined;
  private blankSince = true;

  constructor(
    private readonly episodeId: string,
    private readonly speakers: Speaker[],
    private readonly report: Report,
  ) {}

  read(raw: string, lineNo: number): void {
    const line = raw.trim();
    if (line === '') {
      this.blankSince = true;
      return;
    }
    const wasBlank = this.blankSince;
    this.blankSince = false;

    const section = SECTION.exec(line);
    if (section?.[1] !== undefined) {
      this.startSection(section[1], lineNo);
      return;
    }
    if (RULE.test(line)) {
      this.closeTurn();
      return;
    }
    if (TITLE.test(line) && !line.startsWith('##')) {
      this.report(lineNo, 'title', 'a second "# Title" line; one transcript holds one episode');
      return;
    }
    if (this.inNotes) {
      this.readNoteLine(line, lineNo, wasBlank);
      return;
    }
    // An italic paragraph inside a turn (*laughs*) belongs to it; outside a turn, or written as
    // a note, it is the transcript's editorial note.
    if (isEditorial(line) && (this.current === undefined || EDITORIAL_NOTE.test(line))) {
      this.closeTurn();
      this.editorial.push(line);
      return;
    }
    const turn = TURN.exec(line);
    if (turn?.[1] !== undefined) {
      this.startTurn(turn[1].trim(), turn[2] ?? '', lineNo);
      return;
    }
    if (this.current) {
      // A paragraph without a label continues the turn before it.
      if (wasBlank) this.current.paragraphs.push([line]);
      else this.current.paragraphs[this.current.paragraphs.length - 1]?.push(line);
      return;
    }
    this.report(
      lineNo,
      'turn',
      `text outside any turn: "${clip(line)}" (start turns with **Name:**)`,
    );
  }

  finish(): void {
    this.closeTurn();
  }

  private startSection(title: string, lineNo: number): void {
    this.closeTurn();
    this.currentNote = undefined;
    this.inNotes = NOTES_SECTION.test(title);
    if (this.inNotes) return;
    const position = this.sections.filter((s) => s.position > 0).length + 1;
    this.sections.push({
      id: `${this.episodeId}#s${pad(position, 2)}`,
      localId: `s${pad(position, 2)}`,
      position,
      title,
      line: lineNo,
    });
  }

  private readNoteLine(line: string, lineNo: number, wasBlank: boolean): void {
    const footnote = FOOTNOTE.exec(line);
    if (footnote?.[1] !== undefined) {
      const number = Number(footnote[1]);
      if (this.notes.some((note) => note.number === number)) {
        this.report(lineNo, `notes[${number}]`, `footnote [^${number}] appears twice`);
      }
      this.currentNote = {
        id: `${this.episodeId}#n${number}`,
        number,
        term: footnote[2]?.trim() ?? '',
        text: footnote[3] ?? '',
        line: lineNo,
      };
      this.notes.push(this.currentNote);
    } else if (this.currentNote && !wasBlank) {
      this.currentNote.text += `\n${line}`;
    } else if (isEditorial(line)) {
      this.editorial.push(line);
    } else {
      this.report(lineNo, 'notes', 'expected a footnote "[^n]: **Term**: explanation"');
    }
  }

  private startTurn(label: string, firstLine: string, lineNo: number): void {
    this.closeTurn();
    const speaker = resolveSpeaker(label, this.speakers);
    if (speaker === 'ambiguous') {
      this.report(lineNo, 'turn.speaker', `speaker label "${label}" matches more than one speaker`);
      return;
    }
    if (speaker === undefined) {
      this.report(
        lineNo,
        'turn.speaker',
        `unknown speaker label "${label}"; the header names ${this.speakers.map((s) => s.name).join(', ')}`,
      );
      return;
    }
    const { startTime, endTime, text } = this.readTime(firstLine, lineNo);
    const position = this.turns.length + 1;
    const turn: Turn = {
      id: `${this.episodeId}#t${pad(position, 3)}`,
      localId: `t${pad(position, 3)}`,
      position,
      sectionId: this.sectionFor(lineNo).id,
      speakerId: speaker.id,
      label,
      text: '',
      paragraphCount: 0,
      startTime,
      endTime,
      line: lineNo,
    };
    this.turns.push(turn);
    this.current = { turn, paragraphs: [[text]] };
  }

  /** The optional `[start-end]` after a label; times run forward and never go back in time. */
  private readTime(
    firstLine: string,
    lineNo: number,
  ): { startTime: number | null; endTime: number | null; text: string } {
    const match = TURN_TIME.exec(firstLine);
    if (match?.[1] === undefined) return { startTime: null, endTime: null, text: firstLine };
    const text = firstLine.slice(match[0].length);
    const startTime = parseClock(match[1]) ?? null;
    const endTime = match[2] === undefined ? null : (parseClock(match[2]) ?? null);
    if (startTime === null || (match[2] !== undefined && endTime === null)) {
      this.report(
        lineNo,
        'turn.time',
        `"${match[0].trim()}" is not a time like [00:01:48.250-00:02:10.000] or [1:02:03]`,
      );
      return { startTime: null, endTime: null, text };
    }
    if (endTime !== null && endTime < startTime) {
      this.report(
        lineNo,
        'turn.time',
        `the turn ends (${match[2]}) before it starts (${match[1]})`,
      );
    }
    const previous = [...this.turns].reverse().find((turn) => turn.startTime !== null);
    if (previous?.startTime != null && startTime < previous.startTime) {
      this.report(
        lineNo,
        'turn.time',
        `the turn starts at ${match[1]}, before the turn above it (line ${previous.line})`,
      );
    }
    return { startTime, endTime, text };
  }

  private closeTurn(): void {
    if (this.current === undefined) return;
    this.current.turn.text = this.current.paragraphs.map((lines) => lines.join('\n')).join('\n\n');
    this.current.turn.paragraphCount = this.current.paragraphs.length;
    this.current = undefined;
  }

  /** The section a turn on this line lives in; turns before any heading get an opening one. */
  private sectionFor(line: number): Section {
    const last = this.sections[this.sections.length - 1];
    if (last) return last;
    const opening = {
      id: `${this.episodeId}#s00`,
      localId: 's00',
      position: 0,
      title: 'Opening',
      line,
    };
    this.sections.push(opening);
    return opening;
  }
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
