import type { FragmentDefinitionNode, ValidationContext } from 'graphql';

/**
 * Measures each named fragment once and reuses the result, so fragments that spread each other
 * many times cannot make a rule slow. A fragment cycle is cut where it closes (it measures 0
 * there; NoFragmentCyclesRule reports the cycle), and an unknown fragment measures 0
 * (KnownFragmentNamesRule reports it).
 */
export function fragmentMemo(
  context: ValidationContext,
  measure: (fragment: FragmentDefinitionNode) => number,
): (name: string) => number {
  const known = new Map<string, number>();
  const inProgress = new Set<string>();
  return (name) => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const fragment = context.getFragment(name);
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const value = measure(fragment);
    inProgress.delete(name);
    known.set(name, value);
    return value;
  };
}
