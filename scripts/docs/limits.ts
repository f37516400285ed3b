import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/domain/page-size';
import { MAX_BODY_BYTES } from '../../src/server';
import { LIMITS } from '../../src/validation';
import { markdownTable } from './corpus-figures';

const number = (n: number): string => n.toLocaleString('en-US');

/** The limits every operation meets, read from the code that enforces them. */
export function limitsTable(): string {
  const rows: [string, string, string][] = [
    [
      'page size (`first`, `last`)',
      `0 to ${MAX_PAGE_SIZE}`,
      `${DEFAULT_PAGE_SIZE} when not given; outside: \`BAD_USER_INPUT\``,
    ],
    ['depth', number(LIMITS.maxDepth), '`GRAPHQL_VALIDATION_FAILED`'],
    ['aliases', number(LIMITS.maxAliases), '`GRAPHQL_VALIDATION_FAILED`'],
    ['directives', number(LIMITS.maxDirectives), '`GRAPHQL_VALIDATION_FAILED`'],
    ['tokens in a document', number(LIMITS.maxTokens), '`GRAPHQL_PARSE_FAILED`'],
    [
      'cost (with the variables)',
      number(LIMITS.maxCost),
      '`QUERY_TOO_COSTLY`, naming the costliest path',
    ],
    ['request body', `${number(MAX_BODY_BYTES)} bytes`, 'HTTP 413, and the connection is closed'],
  ];
  return markdownTable(['limit', 'value', 'above it'], rows);
}
