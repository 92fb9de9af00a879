import { api, el, page, showError, clear, items, entityHref, entityPicker } from './common.js';

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
  } catch (e) { showError(mergeForm, e); }
} }, el('label', {}, 'Merge ', a.node), el('label', {}, ' with ', b.node), el('button', { type: 'submit' }, 'Merge'));
main.appendChild(el('section', { class: 'card' }, el('h2', {}, 'Merge two entities'), mergeForm));

load();

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
      } catch (e) { undo.disabled = false; showError(li, e); }
    } }, 'Undo (split)');
    li.append(undo);
  }
  doneList.prepend(li);
}
