import { api, el, page, param, path, gradeBadge, entityHref, showError, items, dateRange, precisionName, entityName, entityPicker } from './common.js';

const id = param('id');
const main = page('Timeline', id);
main.appendChild(el('h1', {}, 'Timeline'));
const picker = entityPicker('Entity name or ID', id);
main.appendChild(el('form', { class: 'toolbar', onsubmit: (ev) => { ev.preventDefault(); const x = picker.get(); if (x) location.assign(path('/timeline', { id: x })); } },
  el('label', {}, 'Entity ', picker.node), el('button', { type: 'submit' }, 'Show')));

if (id) load();
else main.appendChild(el('p', { class: 'muted' }, 'Choose an entity to see its dated claims.'));

async function load() {
  const head = main.appendChild(el('h2', { dir: 'auto' }));
  entityName(id).then((n) => { head.append(el('a', { href: entityHref(id) }, n)); picker.set(id, n); });
  let list;
  try {
    list = items(await api('/api/entities/' + encodeURIComponent(id) + '/timeline'));
  } catch (e) {
    showError(main, e);
    return;
  }
  if (!list.length) {
    main.appendChild(el('p', { class: 'muted', id: 'timeline-empty' }, 'No dated claims.'));
    return;
  }
  main.appendChild(el('p', { class: 'legend small' },
    el('span', { class: 'key key-point' }), ' a day, ', el('span', { class: 'key key-range' }), ' a month, season, year or decade (the bar spans what is known) · ',
    el('span', { class: 'key key-contradicted' }), ' contradicted by another source'));
  const box = main.appendChild(el('div', { id: 'timeline', class: 'timeline' }));
  const rows = [];
  const data = [];
  list.forEach((t, i) => {
    const r = dateRange(t.when);
    if (!r) return;
    const prec = precisionName(t.when.precision);
    const content = el('span', { class: 'tl-item', dir: 'auto' }, t.text || t.predicate, ' ', el('span', { class: 'tl-grade' }, t.grade || ''), t.contradicted ? el('span', { class: 'tl-flag', title: 'contradicted' }, ' ⚠') : null);
    const item = { id: i, content, start: r[0], className: 'prec-' + prec + (t.contradicted ? ' contradicted' : '') };
    if (prec !== 'day') { item.end = r[1]; item.type = 'range'; } else { item.type = 'point'; }
    data.push(item);
    rows.push(el('tr', { class: t.contradicted ? 'contradicted' : undefined, 'data-claim': t.claim },
      el('td', { class: 'nowrap' }, t.human || ''),
      el('td', {}, prec),
      el('td', { dir: 'auto' }, t.text || ''),
      el('td', {}, gradeBadge(t.grade)),
      el('td', {}, t.contradicted ? el('span', { class: 'badge warn' }, 'contradicted') : '')));
  });
  /* global vis */
  const timeline = new vis.Timeline(box, new vis.DataSet(data), {
    stack: true, zoomable: true, horizontalScroll: false, margin: { item: 6 }, orientation: 'top',
  });
  timeline.fit({ animation: false });
  main.appendChild(el('table', { class: 'data', id: 'timeline-table' },
    el('thead', {}, el('tr', {}, ['When', 'Precision', 'Claim', 'Grade', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, rows)));
}
