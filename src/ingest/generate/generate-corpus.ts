import { slugify } from '../slug';

/**
 * A synthetic corpus shaped like the bundled episode, for benchmarks at any scale: about 95
 * turns in 13 sections by 2 to 4 speakers, about 200 claims of every kind, 16 predictions,
 * mentions, claim and entity relations, verification notes and discrepancies per episode.
 * Speakers come from a pool that grows with the square root of the episode count, so the same
 * people appear in many episodes; entities come from a pool that grows as N^0.6 and are drawn
 * with Zipf-like popularity, so a few become hubs cited thousands of times. Air dates spread
 * over 2018 to 2028, so predictions fall due in the past and the future alike.
 *
 * Pure and deterministic: the same seed and count give the same files, byte for byte.
 */

export interface GeneratedEpisode {
  id: string;
  transcript: string;
  annotations: string;
}

export interface CorpusShape {
  episodes: number;
  seed: number;
}

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'John',
  'Margaret',
  'Niklaus',
  'Radia',
  'Ken',
  'Shafi',
  'Leslie',
  'Sophie',
  'Tim',
  'Hedy',
  'Claude',
  'Katherine',
  'Dennis',
  'Lynn',
  'Vint',
  'Annie',
  'Butler',
  'Jean',
  'Robin',
  'Mary',
  'Tony',
  'Evelyn',
  'Whitfield',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Backus',
  'Hamilton',
  'Wirth',
  'Perlman',
  'Thompson',
  'Goldwasser',
  'Lamport',
  'Wilson',
  'Berners',
  'Lamarr',
  'Shannon',
  'Johnson',
  'Ritchie',
  'Conway',
  'Cerf',
  'Easley',
  'Lampson',
  'Sammet',
  'Milner',
];
const AFFILIATIONS = ['Northwind Labs', 'Open Circuit', 'Tidewater AI', 'Granite Research'];
const ROLES = ['scaling', 'interpretability', 'robotics', 'policy', 'hardware', 'evaluation'];

const ADJECTIVES = [
  'Quantum',
  'Sparse',
  'Recursive',
  'Latent',
  'Adaptive',
  'Neural',
  'Stochastic',
  'Dense',
  'Federated',
  'Causal',
  'Symbolic',
  'Modular',
  'Implicit',
  'Verified',
  'Parallel',
  'Elastic',
  'Hybrid',
  'Robust',
  'Bayesian',
  'Scalable',
  'Sharded',
  'Frozen',
  'Distilled',
  'Curious',
  'Grounded',
  'Agentic',
  'Reflective',
  'Hidden',
  'Open',
  'Gradient',
];
const NOUNS = [
  'Lattice',
  'Mirror',
  'Harbor',
  'Compass',
  'Beacon',
  'Ledger',
  'Prism',
  'Anchor',
  'Cascade',
  'Meadow',
  'Falcon',
  'Summit',
  'Canyon',
  'Orchard',
  'Glacier',
  'Atlas',
  'Vertex',
  'Horizon',
  'Tensor',
  'Kernel',
  'Spindle',
  'Quill',
  'Lantern',
  'Furnace',
  'Bridge',
  'Garden',
  'Signal',
  'Circuit',
  'Archive',
  'Engine',
  'Oracle',
  'Sparrow',
  'Willow',
  'Ember',
  'Pylon',
  'Delta',
  'Monarch',
  'Nimbus',
  'Comet',
  'Vector',
];
const KINDS: [string, string][] = [
  ['Protocol', 'concept'],
  ['Labs', 'organization'],
  ['Paper', 'work'],
  ['Engine', 'product'],
  ['Initiative', 'program'],
  ['Conference', 'event'],
  ['Chip', 'hardware'],
  ['Theory', 'concept'],
  ['Valley', 'place'],
  ['Framework', 'product'],
];

const TEMPLATES: Record<string, string[]> = {
  assertion: [
    '{A} already outperforms {B} on most of the benchmarks we track',
    '{A} now runs inside most production stacks',
    'The latest results from {A} settle the question for {B}',
  ],
  opinion: [
    'I believe {A} is underrated compared to {B}',
    'Honestly I find {A} more elegant than anything else around',
    'My view is that {A} gets far too much attention',
  ],
  question: [
    'What happens to {A} when {B} scales up',
    'Why does nobody talk about {A} anymore',
    'How would you compare {A} with {B}',
  ],
  recommendation: [
    'Teams should study {A} before adopting {B}',
    'Anyone starting out should read about {A}',
  ],
  explanation: [
    '{A} works because it borrows the core idea of {B}',
    'The reason {A} matters is that it cuts the cost of training',
  ],
  anecdote: ['I once spent a whole month debugging {A} with a friend'],
};
const FILLERS = [
  'Right, that is fair.',
  'Let me push back a little.',
  'Yeah, exactly.',
  'That is a good point.',
  'I keep coming back to this.',
];
const KIND_MIX: [string, number][] = [
  ['assertion', 62],
  ['opinion', 47],
  ['question', 32],
  ['recommendation', 25],
  ['explanation', 18],
  ['prediction', 16],
  ['anecdote', 5],
];
const BUCKETS: [string, string][] = [
  ['almost-certain', 'certainly'],
  ['likely', 'probably'],
  ['toss-up', 'maybe'],
  ['unlikely', 'doubt'],
  ['remote', 'hardly'],
];
const CLAIM_RELATIONS = ['supports', 'contradicts', 'refines', 'answers'];
const ENTITY_RELATIONS = [
  'affiliated_with',
  'authored_by',
  'invested_in',
  'member_of',
  'developed_by',
  'part_of',
  'instance_of',
  'related_to',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const TOPICS = [
  'reinforcement-learning',
  'scaling',
  'interpretability',
  'compute',
  'agents',
  'evaluation',
  'alignment',
  'robotics',
  'policy',
  'hardware',
  'economics',
  'research-culture',
];
const TURNS = 95;
const SECTIONS = 13;
const NOTES = 8;
const DISCREPANCIES = 10;
const ENTITY_RELATIONS_PER_EPISODE = 74;
const CLAIM_RELATIONS_PER_EPISODE = 200;

/** mulberry32: small, fast and good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  people: { first: string; last: string; id: string; affiliation: string; role: string }[];
  entities: { id: string; name: string; type: string }[];
  /** Cumulative Zipf weights over `entities`, for sampling by popularity. */
  cumulative: number[];
}

export function poolSizes(episodes: number): { people: number; entities: number } {
  return {
    people: Math.min(FIRST.length * LAST.length, 8 + Math.ceil(2 * Math.sqrt(episodes))),
    entities: Math.min(
      ADJECTIVES.length * NOUNS.length * KINDS.length,
      Math.ceil(120 + 40 * episodes ** 0.6),
    ),
  };
}

function pools(episodes: number): Pools {
  const sizes = poolSizes(episodes);
  const people = Array.from({ length: sizes.people }, (_, i) => {
    const first = FIRST[i % FIRST.length] ?? 'Ada';
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] ?? 'Lovelace';
    return {
      first,
      last,
      id: slugify(`${first} ${last}`),
      affiliation: AFFILIATIONS[i % AFFILIATIONS.length] ?? 'Northwind Labs',
      role: ROLES[i % ROLES.length] ?? 'scaling',
    };
  });
  // Every name is three words from three disjoint lists, so no name occurs inside another.
  const entities = Array.from({ length: sizes.entities }, (_, i) => {
    const [kind, type] = KINDS[i % KINDS.length] ?? ['Protocol', 'concept'];
    const adjective = ADJECTIVES[Math.floor(i / KINDS.length) % ADJECTIVES.length] ?? 'Open';
    const noun =
      NOUNS[Math.floor(i / (KINDS.length * ADJECTIVES.length)) % NOUNS.length] ?? 'Lattice';
    const name = `${adjective} ${noun} ${kind}`;
    return { id: slugify(name), name, type };
  });
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= entities.length; rank += 1) {
    sum += 1 / rank ** 1.1;
    cumulative.push(sum);
  }
  return { people, entities, cumulative };
}

function zipf(pool: Pools, random: () => number): number {
  const total = pool.cumulative[pool.cumulative.length - 1] ?? 1;
  const target = random() * total;
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool.cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Generates every episode of the corpus, one at a time, in order. */
export function* generateCorpus(shape: CorpusShape): Generator<GeneratedEpisode> {
  const pool = pools(shape.episodes);
  for (let index = 0; index < shape.episodes; index += 1) {
    yield generateEpisode(pool, shape, index);
  }
}

function generateEpisode(pool: Pools, shape: CorpusShape, index: number): GeneratedEpisode {
  const random = rng((shape.seed * 1_000_003 + index * 7919) >>> 0);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };

  // Air dates spread evenly over 2018-01-01 .. 2027-12-31; never Feb 29, so "+1 year" exists.
  const span = 3650;
  let airDate = addDays('2018-01-01', Math.floor(((index + 0.5) * span) / shape.episodes));
  if (airDate.endsWith('-02-29')) airDate = addDays(airDate, 1);
  const year = Number(airDate.slice(0, 4));
  const title = `Episode ${index + 1}: ${pool.entities[zipf(pool, random)]?.name ?? 'Signals'} and the road ahead`;
  const episodeId = `${airDate}-${slugify(title)}`;

  // A host and 1 to 3 panelists with distinct first names (turn labels are first names).
  const cast: Pools['people'] = [];
  const wanted = 2 + Math.floor(random() * 3);
  for (let tries = 0; cast.length < wanted && tries < 50; tries += 1) {
    const person = pick(pool.people);
    if (!cast.some((p) => p.first === person.first)) cast.push(person);
  }
  const [host, ...panel] = cast;
  if (host === undefined || panel.length === 0) throw new Error('pool too small for a cast');

  const kinds = KIND_MIX.flatMap(([kind, count]) => Array<string>(count).fill(kind));
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j] ?? 'assertion', kinds[i] ?? 'assertion'];
  }

  const used = new Map<number, Set<string>>();
  const mentionedIn = (rank: number, turn: string): void => {
    const turns = used.get(rank) ?? new Set<string>();
    turns.add(turn);
    used.set(rank, turns);
  };

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
  const claims: string[] = [];
  const claimIds: string[] = [];
  const discrepancies: string[] = [];
  let k = 0;
  for (let t = 1; t <= TURNS; t += 1) {
    if ((t - 1) % Math.round(TURNS / SECTIONS) === 0) {
      lines.push(`## Segment ${Math.floor((t - 1) / Math.round(TURNS / SECTIONS)) + 1}`, '');
    }
    const turn = `t${String(t).padStart(3, '0')}`;
    const speaker = t % 2 === 1 ? host : pick(panel);
    const sentences: string[] = [pick(FILLERS)];
    let lastEntity = 0;
    const perTurn = k + 2 < kinds.length && t > TURNS - 15 ? 3 : 2;
    for (let c = 0; c < perTurn && k < kinds.length; c += 1, k += 1) {
      const kind = kinds[k] ?? 'assertion';
      const a = zipf(pool, random);
      let b = zipf(pool, random);
      if (b === a) b = (a + 1) % pool.entities.length;
      const nameA = pool.entities[a]?.name ?? '';
      const nameB = pool.entities[b]?.name ?? '';
      const id = `g${shape.seed}-e${index + 1}-c${k + 1}`;
      let quote: string;
      let prediction = '';
      if (kind === 'prediction') {
        const [bucket, hedge] = pick(BUCKETS);
        const form = k % 4;
        const horizon =
          ['by the end of the year', 'within two years', 'eventually', 'within two years'][form] ??
          'eventually';
        quote = `${nameA} will ${hedge} overtake ${nameB} ${horizon}`;
        const dates =
          form === 0
            ? { due: `${year}-12-31` }
            : form === 1 || form === 3
              ? { window: { from: airDate, to: `${year + 2}${airDate.slice(4)}` } }
              : {};
        const conditional = form === 3;
        // Every prediction says how it will be judged, or why it cannot be, as the validator
        // requires: criteria name their date and source.
        const deadline = 'due' in dates ? dates.due : dates.window?.to;
        const criteria =
          deadline === undefined
            ? { unresolvable: '"Eventually" sets no date, so it can never be shown false.' }
            : {
                resolutionCriteria: `CORRECT if ${nameA} leads ${nameB} on the shared benchmark on ${deadline}; INCORRECT if it does not.`,
                resolutionSource: 'The shared benchmark leaderboard.',
              };
        prediction = `, "prediction": ${JSON.stringify({
          horizon,
          ...dates,
          ...criteria,
          conditional,
          conditions: conditional ? ['if funding holds'] : [],
          confidence: { hedges: [hedge], bucket },
        })}`;
      } else {
        quote = pick(TEMPLATES[kind] ?? ['{A} matters'])
          .replace('{A}', nameA)
          .replace('{B}', nameB);
        // A question claim quotes the question, mark included, as the validator requires.
        if (kind === 'question') quote = `${quote}?`;
      }
      const about = quote.includes(nameB) ? [a, b] : [a];
      for (const rank of about) mentionedIn(rank, turn);
      lastEntity = a;
      sentences.push(kind === 'question' ? quote : `${quote}.`);
      claims.push(
        `  - {"id": ${JSON.stringify(id)}, "turn": "${turn}", "quote": ${JSON.stringify(quote)}, "kind": "${kind}", "topics": ["${pick(TOPICS)}"], "about": ${JSON.stringify(about.map((r) => pool.entities[r]?.id))}${prediction}}`,
      );
      claimIds.push(id);
    }
    if (discrepancies.length < DISCREPANCIES && t % 9 === 0) {
      const rank = lastEntity;
      const name = pool.entities[rank]?.name ?? '';
      const wrong = name.replace(/([aeiou])/, '$1$1');
      sentences.push(`Some people spell it ${wrong}, which is wrong.`);
      discrepancies.push(
        `  - ${JSON.stringify({ id: `g${shape.seed}-e${index + 1}-d${discrepancies.length + 1}`, turn, text: wrong, correct: name, entity: pool.entities[rank]?.id, kind: 'misspelling', explanation: 'The canonical name is spelled differently.' })}`,
      );
    }
    lines.push(`**${speaker.first}:** ${sentences.join(' ')}`, '');
  }

  const ranks = [...used.keys()].sort((x, y) => x - y);
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

  const entities = ranks.map((rank) => {
    const entity = pool.entities[rank];
    const turns = [...(used.get(rank) ?? [])].sort();
    return `  - {"id": ${JSON.stringify(entity?.id)}, "type": "${entity?.type ?? 'concept'}", "name": ${JSON.stringify(entity?.name)}, "mentions": [${turns.map((turn) => `{"turn": "${turn}", "form": ${JSON.stringify(entity?.name)}}`).join(', ')}]}`;
  });
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
  const claimLines = claims.map((line, i) => {
    const list = relations.get(String(i));
    return list === undefined ? line : `${line.slice(0, -1)}, "relations": [${list.join(', ')}]}`;
  });

  // JSON, which is YAML too: one item per line, and the loader's fast path reads it.
  const list = (name: string, items: Iterable<string>): string =>
    `"${name}": [\n${[...items].map((item) => `  ${item.replace(/^ {2}- /, '')}`).join(',\n')}\n]`;
  const annotations = `{"episode": ${JSON.stringify(episodeId)},\n${[
    list('entities', entities),
    list('entityRelations', entityRelations),
    list('claims', claimLines),
    list('notes', notes),
    list('discrepancies', discrepancies),
  ].join(',\n')}}\n`;
  return { id: episodeId, transcript: lines.join('\n'), annotations };
}
