import { api, el, page, param, path, entityHref, showError, clear, items, yearOf, entityPicker, entityName } from './common.js';

const id = param('id');
const main = page('Network graph', id);
main.appendChild(el('h1', {}, 'Network graph'));

const picker = entityPicker('Entity name or ID', id);
const target = entityPicker('Second entity (for a path)', param('to'));
const hops = el('select', { id: 'hops', 'aria-label': 'Hops' }, [1, 2, 3].map((h) => el('option', { value: h, selected: h === 1 }, h + (h === 1 ? ' hop' : ' hops'))));
const cred = el('select', { id: 'credibility', 'aria-label': 'Credibility' },
  el('option', { value: '6' }, 'any credibility'),
  [1, 2, 3, 4, 5].map((c) => el('option', { value: c }, 'credibility ' + c + ' or better')));
const slider = el('input', { type: 'range', id: 'year', min: 1990, max: new Date().getFullYear(), value: new Date().getFullYear(), 'aria-label': 'As of year' });
const yearLabel = el('output', { id: 'year-label' }, 'all years');
const useYear = el('input', { type: 'checkbox', id: 'use-year' });
const predBox = el('div', { class: 'predicates', id: 'predicates' });
const info = el('div', { class: 'muted small', id: 'graph-info' });
const pathInfo = el('div', { class: 'small', id: 'path-info' });

main.appendChild(el('form', { class: 'toolbar', id: 'graph-form', onsubmit: (ev) => { ev.preventDefault(); start(picker.get()); } },
  el('label', {}, 'Centre ', picker.node), hops, el('button', { type: 'submit' }, 'Show')));
main.appendChild(el('form', { class: 'toolbar', id: 'path-form', onsubmit: (ev) => { ev.preventDefault(); findPath(); } },
  el('label', {}, 'Path to ', target.node), el('button', { type: 'submit', id: 'path-button' }, 'Find path'), pathInfo));
main.appendChild(el('div', { class: 'toolbar filters' },
  el('label', {}, 'Credibility ', cred),
  el('label', {}, useYear, ' as of ', slider, ' ', yearLabel),
  predBox));
const box = main.appendChild(el('div', { id: 'cy', class: 'graph' }));
main.appendChild(info);
main.appendChild(el('p', { class: 'muted small' }, 'Click a node to expand its neighbours; double-click to open its profile. Edge labels are predicates; thicker edges have better credibility.'));

const colours = { person: '#2563eb', organization: '#b45309', location: '#15803d', event: '#b91c1c', channel: '#7c3aed', document: '#475569', position: '#0e7490' };

/* global cytoscape */
const cy = cytoscape({
  container: box,
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': 'data(colour)', width: 22, height: 22, color: '#1f2937', 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
    { selector: 'node.centre', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111827' } },
    { selector: 'edge', style: { width: 'data(w)', 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#475569', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
    { selector: 'edge.path', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 4 } },
    { selector: 'node.path', style: { 'border-color': '#dc2626', 'border-width': 3 } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
});

const knownPreds = new Set();
const expanded = new Set();

function addNode(n, centre) {
  if (!n || !n.id) return;
  const existing = cy.getElementById(n.id);
  if (existing.nonempty()) {
    if (n.name && existing.data('label') === n.id) existing.data('label', n.name);
    if (centre) existing.addClass('centre');
    return;
  }
  const node = cy.add({ group: 'nodes', data: { id: n.id, label: n.name || n.id, type: n.type || '', colour: colours[String(n.type || '').toLowerCase()] || '#64748b' } });
  if (centre) node.addClass('centre');
}

function addEdge(e) {
  const eid = 'c:' + (e.claim || (e.subject + '|' + e.predicate + '|' + e.object));
  if (cy.getElementById(eid).nonempty()) return cy.getElementById(eid);
  for (const end of [e.subject, e.object]) {
    if (cy.getElementById(end).empty()) {
      addNode({ id: end, name: end });
      entityName(end).then((nm) => cy.getElementById(end).data('label', nm));
    }
  }
  knownPreds.add(e.predicate);
  const credibility = e.credibility || 6;
  return cy.add({ group: 'edges', data: { id: eid, source: e.subject, target: e.object, label: String(e.predicate || '').replace(/_/g, ' '), predicate: e.predicate, credibility, from: yearOf(e.valid_from), to: yearOf(e.valid_to), w: Math.max(1, 7 - credibility) } });
}

async function expand(nodeID, h, centre) {
  const r = await api(path('/api/entities/' + encodeURIComponent(nodeID) + '/neighbours', { hops: h, limit: 200 }));
  cy.startBatch();
  for (const n of items(r && r.nodes)) addNode(n, centre && n.id === nodeID);
  addNode({ id: nodeID }, centre);
  for (const e of items(r && r.edges)) addEdge(e);
  cy.endBatch();
  expanded.add(nodeID);
  renderPredicates();
  applyFilters();
  layout();
}

function layout() {
  cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, idealEdgeLength: () => 110, nodeRepulsion: () => 9000 }).run();
  cy.fit(undefined, 30);
}

async function start(eid) {
  if (!eid) return;
  clear(pathInfo);
  cy.elements().remove();
  expanded.clear();
  knownPreds.clear();
  try {
    await expand(eid, parseInt(hops.value, 10) || 1, true);
    const name = await entityName(eid);
    picker.set(eid, name);
    history.replaceState(null, '', path('/graph', { id: eid, to: target.get() || undefined }));
  } catch (e) {
    showError(main, e);
  }
}

function renderPredicates() {
  const checked = new Map([...predBox.querySelectorAll('input')].map((i) => [i.value, i.checked]));
  clear(predBox);
  for (const p of [...knownPreds].sort()) {
    predBox.appendChild(el('label', { class: 'chip' }, el('input', { type: 'checkbox', value: p, checked: checked.has(p) ? checked.get(p) : true, onchange: applyFilters }), ' ', p.replace(/_/g, ' ')));
  }
}

function applyFilters() {
  const maxCred = parseInt(cred.value, 10) || 6;
  const on = new Set([...predBox.querySelectorAll('input:checked')].map((i) => i.value));
  const year = useYear.checked ? parseInt(slider.value, 10) : null;
  yearLabel.textContent = year ? String(year) : 'all years';
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const d = e.data();
      let show = on.has(d.predicate) && d.credibility <= maxCred;
      if (show && year !== null) {
        if (d.from && d.from > year) show = false;
        if (d.to && d.to < year) show = false;
      }
      e.toggleClass('hidden', !show);
    });
    cy.nodes().forEach((n) => {
      const visible = n.hasClass('centre') || n.hasClass('path') || n.connectedEdges().some((e) => !e.hasClass('hidden'));
      n.toggleClass('hidden', !visible);
    });
  });
  const shown = cy.edges().filter((e) => !e.hasClass('hidden')).length;
  info.textContent = cy.nodes().filter((n) => !n.hasClass('hidden')).length + ' entities, ' + shown + ' of ' + cy.edges().length + ' claims shown';
}

async function findPath() {
  const a = picker.get();
  const b = target.get();
  clear(pathInfo);
  if (!a || !b) { pathInfo.textContent = 'Choose two entities.'; return; }
  try {
    const r = await api(path('/api/path', { a, b, k: 3 }));
    const paths = items(r);
    cy.elements().removeClass('path');
    if (!paths.length) { pathInfo.textContent = 'No path between them.'; return; }
    cy.startBatch();
    for (const p of paths) {
      for (const e of items(p)) {
        const edge = addEdge(e);
        edge.addClass('path');
        edge.connectedNodes().addClass('path');
      }
    }
    cy.endBatch();
    renderPredicates();
    applyFilters();
    layout();
    const shortest = Math.min(...paths.map((p) => items(p).length));
    pathInfo.textContent = paths.length + (paths.length === 1 ? ' path' : ' paths') + ', shortest ' + shortest + (shortest === 1 ? ' step' : ' steps');
    pathInfo.dataset.paths = String(paths.length);
  } catch (e) {
    pathInfo.textContent = e.message;
  }
}

cy.on('tap', 'node', (ev) => {
  const nid = ev.target.id();
  if (expanded.has(nid)) return;
  expand(nid, 1, false).catch((e) => showError(main, e));
});
cy.on('dbltap', 'node', (ev) => location.assign(entityHref(ev.target.id())));
cred.addEventListener('change', applyFilters);
slider.addEventListener('input', () => { useYear.checked = true; applyFilters(); });
useYear.addEventListener('change', applyFilters);

// Expose a read-only summary for tests and debugging.
window.dossierGraph = {
  nodes: () => cy.nodes().map((n) => n.id()),
  edges: () => cy.edges().map((e) => e.data('predicate')),
  path: () => cy.edges('.path').length,
  expanded: () => [...expanded],
  // where a node is drawn, in page coordinates
  at: (nid) => { const p = cy.getElementById(nid).renderedPosition(); const r = box.getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; },
};

const to = param('to');
if (to) entityName(to).then((n) => target.set(to, n));
if (id) start(id).then(() => { if (to) findPath(); });
else main.insertBefore(el('p', { class: 'muted' }, 'Choose an entity to see its network.'), box);
