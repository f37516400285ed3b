import { slugify } from '../slug';
import { addDays, rng, zipf, type Pools } from './pools';
import {
  BUCKETS,
  CLAIM_RELATIONS,
  ENTITY_RELATIONS,
  FILLERS,
  KIND_MIX,
  MONTHS,
  TEMPLATES,
  TOPICS,
} from './word-lists';

export interface GeneratedEpisode {
  id: string;
  transcript: string;
  annotations: string;
}

export interface CorpusShape {
  episodes: number;
  seed: number;
}

const TURNS = 95;
const SECTIONS = 13;
const NOTES = 8;
const DISCREPANCIES = 10;
const ENTITY_RELATIONS_PER_EPISODE = 74;
const CLAIM_RELATIONS_PER_EPISODE = 200;

type Person = Pools['people'][number];

/**
 * One episode's seeded random numbers and what is drawn with them. Every step below draws in
 * a fixed order, so the same seed gives the same episode byte for byte: reordering draws (even
 * between steps) changes every episode after it.
 */
interface Draw {
  pool: Pools;
  shape: CorpusShape;
  index: number;
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
}

interface Header {
  airDate: string;
  year: number;
  episodeId: string;
  host: Person;
  panel: Person[];
  /** The transcript so far: title, cast and air date. */
  lines: string[];
}

/** What the turns yield besides their text. */
interface Body {
  claims: string[];
  claimIds: string[];
  discrepancies: string[];
  /** Entity rank → the turns that mention it. */
  used: Map<number, Set<string>>;
}

export function generateEpisode(pool: Pools, shape: CorpusShape, index: number): GeneratedEpisode {
  const random = rng((shape.seed * 1_000_003 + index * 7919) >>> 0);
  const draw: Draw = {
    pool,
    shape,
    index,
    random,
    pick: (items) => {
      const item = items[Math.floor(random() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
  const header = episodeHeader(draw);
  const body = writeTurns(draw, header, shuffledKinds(draw));
  const { lines } = header;
  const ranks = [...body.used.keys()].sort((x, y) => x - y);
  const notes = verificationNotes(pool, ranks, lines);
  const entities = entityLines(pool, ranks, body.used);
  const entityRelations = entityRelationLines(draw, ranks);
  const claimLines = withClaimRelations(draw, body.claims, body.claimIds);
  // JSON, which is YAML too: one item per line, and the loader's fast path reads it.
  const list = (name: string, items: Iterable<string>): string =>
    `"${name}": [\n${[...items].map((item) => `  ${item.replace(/^ {2}- /, '')}`).join(',\n')}\n]`;
  const annotations = `{"episode": ${JSON.stringify(header.episodeId)},\n${[
    list('entities', entities),
    list('entityRelations', entityRelations),
    list('claims', claimLines),
    list('notes', notes),
    list('discrepancies', body.discrepancies),
  ].join(',\n')}}\n`;
  return { id: header.episodeId, transcript: lines.join('\n'), annotations };
}

/** Air date, title and cast, and the transcript's opening lines. */
function episodeHeader({ pool, shape, index, random, pick }: Draw): Header {
  // Air dates spread evenly over 2018-01-01 .. 2027-12-31; never Feb 29, so "+1 year" exists.
  const span = 3650;
  let airDate = addDays('2018-01-01', Math.floor(((index + 0.5) * span) / shape.episodes));
  if (airDate.endsWith('-02-29')) airDate = addDays(airDate, 1);
  const year = Number(airDate.slice(0, 4));
  const title = `Episode ${index + 1}: ${pool.entities[zipf(pool, random)]?.name ?? 'Signals'} and the road ahead`;
  const episodeId = `${airDate}-${slugify(title)}`;

  // A host and 1 to 3 panelists with distinct first names (turn labels are first names).
  const cast: Person[] = [];
  const wanted = 2 + Math.floor(random() * 3);
  for (let tries = 0; cast.length < wanted && tries < 50; tries += 1) {
    const person = pick(pool.people);
    if (!cast.some((p) => p.first === person.first)) cast.push(person);
  }
  const [host, ...panel] = cast;
  if (host === undefined || panel.length === 0) throw new Error('pool too small for a cast');
  const lines = [
    `# ${title}`,
    '',
    `**Host:** ${host.first} ${host.last}  `,
    `**Panelists:** ${panel.map((p) => `${p.first} ${p.last} (${p.affiliation}, ${p.role})`).join(', ')}  `,
    `**Original Air Date:** ${MONTHS[Number(airDate.slice(5, 7)) - 1] ?? 'January'} ${Number(airDate.slice(8, 10))}, ${year}`,
    '',
    '---',
    '',
  ];
  return { airDate, year, episodeId, host, panel, lines };
}

/** The kinds of the episode's claims, as many of each as KIND_MIX says, shuffled. */
function shuffledKinds({ random }: Draw): string[] {
  const kinds = KIND_MIX.flatMap(([kind, count]) => Array<string>(count).fill(kind));
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] ?? 'assertion', kinds[i] ?? 'assertion'];
  }
  return kinds;
}

/** Every turn, in sections: two or three claims each, and now and then a misspelt name. */
function writeTurns(draw: Draw, header: Header, kinds: string[]): Body {
  const { pool, shape, index, pick } = draw;
  const body: Body = { claims: [], claimIds: [], discrepancies: [], used: new Map() };
  let k = 0;
  for (let t = 1; t <= TURNS; t += 1) {
    if ((t - 1) % Math.round(TURNS / SECTIONS) === 0) {
      header.lines.push(`## Segment ${Math.floor((t - 1) / Math.round(TURNS / SECTIONS)) + 1}`, '');
    }
    const turn = `t${String(t).padStart(3, '0')}`;
    const speaker = t % 2 === 1 ? header.host : pick(header.panel);
    const sentences: string[] = [pick(FILLERS)];
    let lastEntity = 0;
    const perTurn = k + 2 < kinds.length && t > TURNS - 15 ? 3 : 2;
    for (let c = 0; c < perTurn && k < kinds.length; c += 1, k += 1) {
      const kind = kinds[k] ?? 'assertion';
      const claim = writeClaim(draw, header, kind, `g${shape.seed}-e${index + 1}-c${k + 1}`, k);
      for (const rank of claim.about) {
        const turns = body.used.get(rank) ?? new Set<string>();
        turns.add(turn);
        body.used.set(rank, turns);
      }
      lastEntity = claim.about[0] ?? 0;
      sentences.push(`${claim.quote}${kind === 'question' ? '?' : '.'}`);
      body.claims.push(
        `  - {"id": ${JSON.stringify(claim.id)}, "turn": "${turn}", "quote": ${JSON.stringify(claim.quote)}, "kind": "${kind}", "topics": ["${pick(TOPICS)}"], "about": ${JSON.stringify(claim.about.map((r) => pool.entities[r]?.id))}${claim.prediction}}`,
      );
      body.claimIds.push(claim.id);
    }
    if (body.discrepancies.length < DISCREPANCIES && t % 9 === 0) {
      const name = pool.entities[lastEntity]?.name ?? '';
      const wrong = name.replace(/([aeiou])/, '$1$1');
      sentences.push(`Some people spell it ${wrong}, which is wrong.`);
      body.discrepancies.push(
        `  - ${JSON.stringify({ id: `g${shape.seed}-e${index + 1}-d${body.discrepancies.length + 1}`, turn, text: wrong, correct: name, entity: pool.entities[lastEntity]?.id, kind: 'misspelling', explanation: 'The canonical name is spelled differently.' })}`,
      );
    }
    header.lines.push(`**${speaker.first}:** ${sentences.join(' ')}`, '');
  }
  return body;
}

/** One claim about one or two entities: its words, and a prediction's annotation if it is one. */
function writeClaim(
  draw: Draw,
  header: Header,
  kind: string,
  id: string,
  k: number,
): { id: string; quote: string; about: number[]; prediction: string } {
  const { pool, random, pick } = draw;
  const a = zipf(pool, random);
  let b = zipf(pool, random);
  if (b === a) b = (a + 1) % pool.entities.length;
  const nameA = pool.entities[a]?.name ?? '';
  const nameB = pool.entities[b]?.name ?? '';
  let quote: string;
  let prediction = '';
  if (kind === 'prediction') {
    const written = writePrediction(draw, header, nameA, nameB, k);
    quote = written.quote;
    prediction = written.annotation;
  } else {
    quote = pick(TEMPLATES[kind] ?? ['{A} matters'])
      .replace('{A}', nameA)
      .replace('{B}', nameB);
  }
  return { id, quote, about: quote.includes(nameB) ? [a, b] : [a], prediction };
}

/** A prediction's words and its annotation, in one of four forms: dated, windowed, open, conditional. */
function writePrediction(
  { pick }: Draw,
  { airDate, year }: Header,
  nameA: string,
  nameB: string,
  k: number,
): { quote: string; annotation: string } {
  const [bucket, hedge] = pick(BUCKETS);
  const form = k % 4;
  const horizon =
    ['by the end of the year', 'within two years', 'eventually', 'within two years'][form] ??
    'eventually';
  const quote = `${nameA} will ${hedge} overtake ${nameB} ${horizon}`;
  const dates =
    form === 0
      ? { due: `${year}-12-31` }
      : form === 1 || form === 3
        ? { window: { from: airDate, to: `${year + 2}${airDate.slice(4)}` } }
        : {};
  const conditional = form === 3;
  // Dated predictions say how they will be judged, as the validator requires.
  const criteria =
    form === 2
      ? {}
      : {
          resolutionCriteria: `CORRECT if ${nameA} leads ${nameB} on the shared benchmark by the due date; INCORRECT otherwise.`,
        };
  const annotation = `, "prediction": ${JSON.stringify({
    horizon,
    ...dates,
    ...criteria,
    conditional,
    conditions: conditional ? ['if funding holds'] : [],
    confidence: { hedges: [hedge], bucket },
  })}`;
  return { quote, annotation };
}

/** A verification note on each of the first NOTES entities mentioned; appended to the transcript. */
function verificationNotes(pool: Pools, ranks: number[], lines: string[]): string[] {
  lines.push('## Verification Notes', '');
  const notes: string[] = [];
  for (let n = 1; n <= NOTES && n <= ranks.length; n += 1) {
    const entity = pool.entities[ranks[n - 1] ?? 0];
    lines.push(
      `[^${n}]: **${entity?.name ?? ''}**: A synthetic ${entity?.type ?? 'thing'} for benchmarks.`,
      '',
    );
    notes.push(`  - {"note": ${n}, "explains": [${JSON.stringify(entity?.id)}]}`);
  }
  return notes;
}

function entityLines(pool: Pools, ranks: number[], used: Map<number, Set<string>>): string[] {
  return ranks.map((rank) => {
    const entity = pool.entities[rank];
    const turns = [...(used.get(rank) ?? [])].sort();
    return `  - {"id": ${JSON.stringify(entity?.id)}, "type": "${entity?.type ?? 'concept'}", "name": ${JSON.stringify(entity?.name)}, "mentions": [${turns.map((turn) => `{"turn": "${turn}", "form": ${JSON.stringify(entity?.name)}}`).join(', ')}]}`;
  });
}

function entityRelationLines({ pool, pick }: Draw, ranks: number[]): Set<string> {
  const entityRelations = new Set<string>();
  for (
    let tries = 0;
    entityRelations.size < ENTITY_RELATIONS_PER_EPISODE && tries < 500;
    tries += 1
  ) {
    const from = pool.entities[pick(ranks)]?.id;
    const to = pool.entities[pick(ranks)]?.id;
    if (from === undefined || to === undefined || from === to) continue;
    entityRelations.add(`  - ${JSON.stringify({ from, type: pick(ENTITY_RELATIONS), to })}`);
  }
  return entityRelations;
}

/** The claims, each with the relations drawn for it to other claims of the episode. */
function withClaimRelations(
  { random, pick }: Draw,
  claims: string[],
  claimIds: string[],
): string[] {
  const relations = new Map<string, string[]>();
  const pairs = new Set<string>();
  for (let tries = 0; pairs.size < CLAIM_RELATIONS_PER_EPISODE && tries < 2000; tries += 1) {
    const from = Math.floor(random() * claimIds.length);
    const to = Math.floor(random() * claimIds.length);
    if (from === to || pairs.has(`${from}|${to}`)) continue;
    pairs.add(`${from}|${to}`);
    const list = relations.get(String(from)) ?? [];
    list.push(`{"type": "${pick(CLAIM_RELATIONS)}", "target": ${JSON.stringify(claimIds[to])}}`);
    relations.set(String(from), list);
  }
  return claims.map((line, i) => {
    const list = relations.get(String(i));
    return list === undefined ? line : `${line.slice(0, -1)}, "relations": [${list.join(', ')}]}`;
  });
}
