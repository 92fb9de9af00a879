import { api, el, page, showError, clear, items, entityHref, entityPicker, entityName } from './common.js';

const main = page('Review queue');
main.appendChild(el('h1', {}, 'Review queue'));
main.appendChild(el('p', { class: 'muted' }, 'The resolver proposes merges it is not sure of. Accept merges the two entities (reversibly), reject records that they differ.'));
const queue = main.appendChild(el('section', { class: 'card', id: 'proposals' }));
const done = main.appendChild(el('section', { class: 'card', id: 'decisions' }, el('h2', {}, 'Decisions this session')));
const doneList = done.appendChild(el('ul', { class: 'plain', id: 'decision-list' }));
done.hidden = true;

const a = entityPicker('First entity');
const b = entityPicker('Second entity');
const mergeForm = el('form', { class: 'toolbar', id: 'merge-form', onsubmit: async (ev) => {
  ev.preventDefault();
  const x = a.get(), y = b.get();
  if (!x || !y) return;
  try {
    const r = await api('/api/merge', { method: 'POST', body: { a: x, b: y } });
    decided('merged', x, y, a.input.value, b.input.value, r);
    loadMerges();
  } catch (e) { showError(mergeForm, e); }
} }, el('label', {}, 'Merge ', a.node), el('label', {}, ' with ', b.node), el('button', { type: 'submit' }, 'Merge'));
main.appendChild(el('section', { class: 'card' }, el('h2', {}, 'Merge two entities'), mergeForm));
const merges = main.appendChild(el('section', { class: 'card', id: 'merges' }));

load();
loadMerges();

/** loadMerges lists the merges in force (positive judgements not retracted), each with a split. */
async function loadMerges() {
  clear(merges).appendChild(el('h2', {}, 'Merges in force'));
  let js;
  try {
    js = items(await api('/api/judgements')).filter((j) => j.verdict === 'same' && !j.retracted);
  } catch (e) {
    showError(merges, e);
    return;
  }
  if (!js.length) {
    merges.appendChild(el('p', { class: 'muted' }, 'No merges yet.'));
    return;
  }
  const label = (id) => { const s = el('bdi', { dir: 'auto' }, id); entityName(id).then((n) => { s.textContent = n; }); return s; };
  const ul = merges.appendChild(el('ul', { class: 'plain' }));
  for (const j of js.slice().reverse().slice(0, 100)) {
    const btn = el('button', { type: 'button', class: 'small secondary', onclick: async () => {
      btn.disabled = true;
      try {
        await api('/api/split', { method: 'POST', body: { entity: j.a, other: j.b } });
        loadMerges();
        load();
      } catch (e) { btn.disabled = false; showError(merges, e); }
    } }, 'Split');
    ul.appendChild(el('li', { 'data-judgement': j.id },
      el('a', { href: entityHref(j.a) }, label(j.a)), ' = ', el('a', { href: entityHref(j.b) }, label(j.b)),
      el('span', { class: 'muted small' }, ' by ', j.by || '?', j.at ? ' on ' + String(j.at).slice(0, 10) : ''), ' ', btn));
  }
}

async function load() {
  clear(queue).appendChild(el('h2', {}, 'Proposed merges'));
  let list;
  try {
    list = items(await api('/api/review'));
  } catch (e) {
    showError(queue, e);
    return;
  }
  if (!list.length) {
    queue.appendChild(el('p', { class: 'muted', id: 'queue-empty' }, 'Nothing to review.'));
    return;
  }
  const tbl = el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['New entity', 'Existing entity', 'Score', 'Why', ''].map((h) => el('th', {}, h)))));
  const body = tbl.appendChild(el('tbody'));
  for (const p of list) {
    const row = el('tr', { 'data-proposal': p.id },
      el('td', { dir: 'auto' }, el('a', { href: entityHref(p.new) }, p.new_name || p.new)),
      el('td', { dir: 'auto' }, el('a', { href: entityHref(p.existing) }, p.existing_name || p.existing)),
      el('td', {}, typeof p.score === 'number' ? p.score.toFixed(2) : ''),
      el('td', { class: 'explanation', dir: 'auto' }, p.explanation || ''));
    const act = row.appendChild(el('td', { class: 'nowrap' }));
    const accept = el('button', { type: 'button', class: 'accept', onclick: () => decide(p, 'accept', row) }, 'Accept');
    const reject = el('button', { type: 'button', class: 'reject secondary', onclick: () => decide(p, 'reject', row) }, 'Reject');
    act.append(accept, ' ', reject);
    body.appendChild(row);
  }
  queue.appendChild(tbl);
}

async function decide(p, verdict, row) {
  row.querySelectorAll('button').forEach((x) => { x.disabled = true; });
  try {
    const r = await api('/api/review/' + encodeURIComponent(p.id) + '/' + verdict, { method: 'POST' });
    row.remove();
    if (verdict === 'accept') decided('merged', p.existing, p.new, p.existing_name, p.new_name, r);
    else decided('rejected', p.existing, p.new, p.existing_name, p.new_name, r);
    if (!queue.querySelector('tbody tr')) load();
    loadMerges();
  } catch (e) {
    row.querySelectorAll('button').forEach((x) => { x.disabled = false; });
    showError(queue, e);
  }
}

/** decided records a decision with an undo: a merge is undone by a split. */
function decided(what, x, y, xName, yName, r) {
  done.hidden = false;
  const canonical = (r && r.canonical) || x;
  const other = canonical === x ? y : x;
  const li = el('li', { class: 'decision' },
    el('bdi', { dir: 'auto' }, xName || x), ' and ', el('bdi', { dir: 'auto' }, yName || y), ' ', el('strong', {}, what));
  if (what === 'merged') {
    li.append(' → ', el('a', { href: entityHref(canonical) }, 'merged profile'), ' ');
    const undo = el('button', { type: 'button', class: 'undo small', onclick: async () => {
      undo.disabled = true;
      try {
        const s = await api('/api/split', { method: 'POST', body: { entity: canonical, other } });
        undo.remove();
        li.append(el('span', { class: 'undone' }, ' — undone (' + items(s && s.retracted).length + ' judgements retracted)'));
        load();
        loadMerges();
      } catch (e) { undo.disabled = false; showError(li, e); }
    } }, 'Undo (split)');
    li.append(undo);
  }
  doneList.prepend(li);
}
