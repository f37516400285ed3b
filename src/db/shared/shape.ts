import type { PageRequest } from './pagination';
import { claimLabel, type Visibility } from './visibility';

/**
 * What one query reads of a node, compiled from its GraphQL selection by the resolvers
 * (src/resolvers/shapes.ts): the model properties its fields read, and the related nodes it
 * selects, each with a shape of its own. A repository turns a shape into one Cypher map
 * projection (project() below), so a page of predictions with their speakers, turns and
 * episodes is one statement that reads only what the answer shows.
 *
 * Shapes are plain data: loaders batch requests whose shapes are equal (their JSON).
 */
export interface Shape {
  /** Model properties to read; `*` reads them all (a field the compiler does not know). */
  props: string[];
  /** Related nodes to read with it, by the name the node spec gives them. */
  children: Record<string, ChildShape>;
}

export interface ChildShape {
  shape: Shape;
  /** For a child that is a page (an entity's claims): its page arguments. */
  page?: PageRequest;
}

/** Every property and nothing related: what a loader reads. */
export const WHOLE: Shape = { props: ['*'], children: {} };

/** The same shape with `props` read as well. */
export function withProps(shape: Shape, props: readonly string[]): Shape {
  return { ...shape, props: [...new Set([...shape.props, ...props])] };
}

/**
 * How one kind of node is read. `props` gives each model property as a Cypher expression over
 * the node's variable, written `{v}` (`.name` reads the property of the same name; `{prediction}`
 * is the label expression of predictions the caller may see); `identity`
 * is read always; `children` say how to reach related nodes from it.
 */
export interface NodeSpec {
  props: Record<string, string>;
  identity: readonly string[];
  /** Large properties (a turn's text) that `*` leaves out: read only when named. */
  lazy?: readonly string[];
  children: Record<string, ChildSpec>;
}

export interface ChildSpec {
  /**
   * The child's value as one Cypher expression over `from`, the parent node's variable; null
   * when it cannot be read here (its page arguments are wrong), so its resolver loads it and
   * reports the error itself.
   */
  expression(from: string, child: ChildShape, build: Projector): string | null;
}

/**
 * Builds the projections of one statement: fresh variable names, parameter names for every
 * value (no value is ever written into the text), and the label expressions of claims for the
 * caller's visibility.
 */
export class Projector {
  readonly params: Record<string, unknown> = {};
  private names = 0;

  constructor(readonly visibility: Visibility) {}

  /** A new variable name, distinct within the statement. */
  variable(prefix: string): string {
    this.names += 1;
    return `${prefix}${this.names}`;
  }

  /** A parameter holding `value`, by a name distinct within the statement. */
  param(value: unknown): string {
    this.names += 1;
    const name = `p${this.names}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** `v { ... }`: the shape's properties of node `v`, and its children under `prefetched`. */
  project(spec: NodeSpec, shape: Shape, v: string): string {
    const all = shape.props.includes('*');
    const lazy = spec.lazy ?? [];
    const names = [
      ...new Set([
        ...spec.identity,
        ...(all ? Object.keys(spec.props).filter((name) => !lazy.includes(name)) : []),
        ...shape.props,
      ]),
    ].filter((name) => name in spec.props);
    const items = names.map((name) => {
      const expr = spec.props[name] ?? '';
      if (expr === `.${name}`) return expr;
      const text = expr
        .replace(/\{v\}/g, v)
        .replace(/\{prediction\}/g, claimLabel(this.visibility, true));
      return `${name}: ${text}`;
    });
    const children = Object.entries(shape.children).flatMap(([name, child]) => {
      const expression = spec.children[name]?.expression(v, child, this) ?? null;
      return expression === null ? [] : [`${name}: ${expression}`];
    });
    if (children.length > 0) items.push(`prefetched: { ${children.join(', ')} }`);
    return `${v} { ${items.join(', ')} }`;
  }
}

/** `{ ... }` with every property of `spec` over `v`, for the statements loaders run. */
export function fieldsOf(spec: NodeSpec, v: string): string {
  return new Projector('public').project(spec, WHOLE, v).slice(v.length + 1);
}
