import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphNode {
  id: string;
  label: string;
  depth: number;
  claims: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

const DEPTH_COLOURS = ['#0b57d0', '#1e7a46', '#8a4b00', '#6b3fa0'];

/** Nodes coloured by depth and labelled below; edges arrowed and labelled with the relation. */
const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      width: 18,
      height: 18,
      'background-color': (element) => DEPTH_COLOURS[Number(element.data('depth'))] ?? '#555',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8c959f',
      'target-arrow-color': '#8c959f',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#57606a',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
];

/**
 * An entity's neighbourhood drawn by Cytoscape.js, the entity in the middle and each ring one hop
 * further out. Clicking (or tapping) a node opens it. After each layout the container carries
 * the drawn node ids and their positions, which the browser tests read to click a node.
 */
export function Graph({
  nodes,
  edges,
  label,
  onOpen,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  label: string;
  onOpen: (id: string) => void;
}) {
  const node = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const container = node.current;
    if (container === null) return undefined;
    const elements: ElementDefinition[] = [
      ...nodes.map((n) => ({
        data: {
          id: n.id,
          label: n.claims > 0 ? `${n.label} (${n.claims})` : n.label,
          depth: n.depth,
        },
      })),
      ...edges.map((e) => ({
        data: {
          id: `${e.source}->${e.target}:${e.label}`,
          source: e.source,
          target: e.target,
          label: e.label,
        },
      })),
    ];
    const cy: Core = cytoscape({
      container,
      elements,
      minZoom: 0.3,
      // A small neighbourhood fitted to the box would otherwise be blown up to giant labels.
      maxZoom: 1.4,
      style: STYLE,
      layout: {
        name: 'concentric',
        concentric: (n) => 10 - Number(n.data('depth')),
        levelWidth: () => 1,
        minNodeSpacing: 70,
        padding: 30,
        animate: false,
      },
    });
    cy.on('tap', 'node', (event: cytoscape.EventObjectNode) => open.current(event.target.id()));
    const record = () => {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.renderedPosition();
      });
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.positions = JSON.stringify(positions);
    };
    cy.on('layoutstop render', record);
    record();
    return () => cy.destroy();
  }, [nodes, edges]);

  return <div className="graph" ref={node} role="img" aria-label={label} data-testid="graph" />;
}
