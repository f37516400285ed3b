/** One thing wrong with an input file, located precisely enough to fix it. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  /** Where in the document: a path such as `claims[3].quote`, or a transcript part. */
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** Thrown when input is rejected; carries every problem found, not only the first. */
export class InputError extends Error {
  override name = 'InputError';

  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input:\n` +
        problems.map(formatProblem).join('\n'),
    );
  }
}
