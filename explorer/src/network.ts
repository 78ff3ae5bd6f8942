/**
 * The interactive network (Cytoscape.js): nodes coloured and shaped by kind, edges labelled by
 * relation type (labels appear when zoomed in enough to read them), a click on an edge opens its
 * evidence, a click on a node selects it and fades what is not next to it.
 */
import cytoscape from 'cytoscape';
import { kindStyle, relationName } from './kinds.js';
import type { EntityRef, Relation } from './queries.js';

export interface NetworkData {
  nodes: EntityRef[];
  edges: Relation[];
}

export interface NetworkOptions {
  container: HTMLElement;
  /** Emphasised nodes (the actor of the page, the ends of a path). */
  focus?: string[];
  /** Fixed positions (the path view lays hops out left to right); otherwise a force layout. */
  positions?: Map<string, { x: number; y: number }>;
  onEdge(edge: Relation): void;
  onNode?(node: EntityRef | null): void;
}

declare global {
  interface Window {
    /** The network on screen, for the end-to-end tests (they click edges at their rendered midpoints). */
    __explorer?: { cy: cytoscape.Core | null };
  }
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(short)',
      width: 22,
      height: 22,
      'border-width': 2,
      'border-color': '#ffffff',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 12,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 4,
    },
  },
  {
    selector: 'node.focus',
    style: {
      width: 40,
      height: 40,
      'font-size': 13,
      'font-weight': 'bold',
      'border-color': '#1f2933',
      'border-width': 3,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#a9b4c2',
      'target-arrow-color': '#a9b4c2',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      label: 'data(short)',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 9,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 3.5,
      'line-color': '#d6336c',
      'target-arrow-color': '#d6336c',
      color: '#a61e4d',
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  { selector: 'node:selected', style: { 'border-color': '#d6336c', 'border-width': 4 } },
  { selector: '.faded', style: { opacity: 0.15 } },
];

function shorten(s: string, max = 34): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function drawNetwork(opts: NetworkOptions, data: NetworkData): cytoscape.Core {
  const focus = new Set(opts.focus ?? []);
  const byEdgeId = new Map(data.edges.map((e) => [e.id, e]));
  const byNodeId = new Map(data.nodes.map((n) => [n.id, n]));
  const elements: cytoscape.ElementDefinition[] = [
    ...data.nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        short: shorten(n.name),
        color: kindStyle(n.kind).color,
        shape: kindStyle(n.kind).shape,
      },
      classes: focus.has(n.id) ? 'focus' : '',
      ...(opts.positions?.get(n.id) ? { position: opts.positions.get(n.id) } : {}),
    })),
    ...data.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source.id, target: e.target.id, short: relationName(e.type) },
    })),
  ];
  const cy = cytoscape({
    container: opts.container,
    elements,
    style: STYLE,
    layout: opts.positions
      ? { name: 'preset', padding: 40 }
      : ({
          name: 'cose',
          animate: false,
          padding: 30,
          nodeDimensionsIncludeLabels: true,
          idealEdgeLength: () => 95,
          nodeRepulsion: () => 12000,
          componentSpacing: 80,
          gravity: 0.6,
          numIter: 1500,
          // Spread the layout over the container's shape (wide), not a square in its middle.
          boundingBox: {
            x1: 0,
            y1: 0,
            w: opts.container.clientWidth || 800,
            h: opts.container.clientHeight || 500,
          },
        } as cytoscape.LayoutOptions),
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  // Fitting a three-node path would blow it up to poster size: cap the initial zoom.
  cy.ready(() => {
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  });
  const fade = (keep: cytoscape.Collection | null) => {
    cy.elements().removeClass('faded');
    if (keep) cy.elements().not(keep).addClass('faded');
  };
  cy.on('tap', 'edge', (evt) => {
    const edge = evt.target as cytoscape.EdgeSingular;
    fade(edge.union(edge.connectedNodes()));
    const rel = byEdgeId.get(edge.id());
    if (rel) opts.onEdge(rel);
  });
  cy.on('tap', 'node', (evt) => {
    const node = evt.target as cytoscape.NodeSingular;
    fade(node.closedNeighborhood());
    opts.onNode?.(byNodeId.get(node.id()) ?? null);
  });
  cy.on('tap', (evt) => {
    if (evt.target === cy) {
      fade(null);
      opts.onNode?.(null);
    }
  });
  // A pointer cursor says edges and nodes are clickable.
  cy.on('mouseover', 'edge, node', () => (opts.container.style.cursor = 'pointer'));
  cy.on('mouseout', 'edge, node', () => (opts.container.style.cursor = ''));
  window.__explorer = { cy };
  return cy;
}

/** Selects an edge on screen (the evidence drawer was opened from a list, not the canvas). */
export function selectEdge(cy: cytoscape.Core, id: string): void {
  cy.elements().unselect();
  const edge = cy.getElementById(id);
  if (edge.nonempty()) {
    edge.select();
    cy.elements().removeClass('faded');
    cy.elements().not(edge.union(edge.connectedNodes())).addClass('faded');
  }
}
