import { api, el, page, param, path, entityHref, sourceHref, showError, items, entityName } from './common.js';

const entity = param('entity') || param('id');
const main = page('Contradictions', entity);
main.appendChild(el('h1', {}, 'Contradictions'));
const head = main.appendChild(el('p', { class: 'muted' }));
const box = main.appendChild(el('div', { id: 'contradictions' }));

load();

async function load() {
  if (entity) {
    entityName(entity).then((n) => head.append('About ', el('a', { href: entityHref(entity), dir: 'auto' }, n), ' · ', el('a', { href: '/contradictions' }, 'all')));
  } else {
    head.textContent = 'Two sources disagree on a point that can have only one value at a time, or one denies what another asserts.';
  }
  let list;
  try {
    list = items(await api(path('/api/contradictions', { entity })));
  } catch (e) {
    showError(box, e);
    return;
  }
  if (!list.length) {
    box.appendChild(el('p', { class: 'muted' }, 'No contradictions found.'));
    return;
  }
  for (const c of list) {
    const sides = (c.sides || []).map((s) => {
      const cl = s.claim || {};
      return el('div', { class: 'side' },
        el('div', { class: 'side-object', dir: 'auto' }, s.object || ''),
        el('div', { class: 'muted small' }, (s.origin_groups || []).length + ' origin group(s), ' + (s.sources || []).length + ' source(s)'),
        (cl.evidence || []).map((ev) => el('div', { class: 'evidence stance-' + (ev.stance || 'asserts') },
          el('blockquote', { class: 'quote', dir: 'auto' }, ev.quote || ''),
          el('div', { class: 'ev-meta small' }, el('a', { href: sourceHref(ev.source, ev.span), class: 'passage-link' }, 'source ' + String(ev.source || '').slice(0, 12)),
            ev.attributed_to ? el('span', {}, ' · according to ', el('bdi', { dir: 'auto' }, ev.attributed_to)) : null,
            ' · ', ev.stance || 'asserts'))));
    });
    box.appendChild(el('article', { class: 'card contradiction' },
      el('h2', {}, el('a', { href: entityHref(c.subject), dir: 'auto' }, c.subject_name || c.subject), ' · ', String(c.predicate || '').replace(/_/g, ' '),
        ' ', el('span', { class: 'badge warn' }, c.type || 'conflict')),
      c.reason ? el('p', { class: 'muted', dir: 'auto' }, c.reason) : null,
      el('div', { class: 'sides' }, sides)));
  }
}
