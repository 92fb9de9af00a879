import { api, el, page, param, path, items, highlight, entityHref, sourceHref, showError, loading, clear } from './common.js';

const main = page('Search');
const q = param('q');

main.appendChild(el('h1', {}, 'Search'));
const form = el('form', { class: 'bigsearch', action: '/search', method: 'get', role: 'search' },
  el('input', { type: 'search', name: 'q', value: q, dir: 'auto', placeholder: 'A name in any script, or words from the sources', 'aria-label': 'Search', id: 'q' }),
  el('button', { type: 'submit' }, 'Search'));
main.appendChild(form);
const results = main.appendChild(el('div', { class: 'results' }));

if (!q) {
  results.appendChild(el('p', { class: 'muted' }, 'Search finds entities by any of their spellings (Latin, Arabic, Persian, Cyrillic, Azerbaijani) and sources by their words.'));
  recent(results);
} else {
  run(q);
}

async function run(q) {
  const wait = loading(results);
  try {
    const r = await api(path('/api/search', { q }));
    wait.remove();
    const ents = items(r && r.entities);
    const hits = items(r && r.sources);
    const left = el('section', { class: 'col', id: 'entity-results' }, el('h2', {}, 'Entities ', el('span', { class: 'count' }, String(ents.length))));
    const right = el('section', { class: 'col wide', id: 'source-results' }, el('h2', {}, 'Sources ', el('span', { class: 'count' }, String(hits.length))));
    if (!ents.length) left.appendChild(el('p', { class: 'muted' }, 'No entity by that name.'));
    const ul = left.appendChild(el('ul', { class: 'plain' }));
    for (const e of ents) {
      ul.appendChild(el('li', { class: 'entity-hit' },
        el('a', { href: entityHref(e.id), dir: 'auto', class: 'entity-link' }, e.name),
        ' ', el('span', { class: 'type type-' + String(e.type || '').toLowerCase() }, e.type || ''),
        e.matched && e.matched !== e.name ? el('div', { class: 'muted small', dir: 'auto' }, 'matched “', el('bdi', {}, e.matched), '”') : null));
    }
    if (!hits.length) right.appendChild(el('p', { class: 'muted' }, 'No source contains these words.'));
    for (const h of hits) {
      const s = h.source || {};
      right.appendChild(el('article', { class: 'hit' },
        el('h3', {}, el('a', { href: sourceHref(s.id), dir: 'auto' }, s.title || s.path || s.id)),
        el('div', { class: 'meta muted small' }, [s.publisher, s.published && s.published.year ? String(s.published.year) : '', s.language].filter(Boolean).join(' · ')),
        el('p', { class: 'snippet', dir: 'auto' }, highlight(h.snippet || '', h.highlights))));
    }
    results.append(el('div', { class: 'cols' }, left, right));
  } catch (e) {
    wait.remove();
    showError(results, e);
  }
}

async function recent(node) {
  try {
    const r = await api(path('/api/sources', { limit: 20 }));
    const list = items(r);
    if (!list.length) {
      node.appendChild(el('p', {}, 'The store is empty: ', el('a', { href: '/ingest' }, 'ingest some documents'), '.'));
      return;
    }
    node.appendChild(el('h2', {}, 'Sources ', el('span', { class: 'count' }, String(r.total ?? list.length))));
    const ul = node.appendChild(el('ul', { class: 'plain sources' }));
    for (const s of list) {
      ul.appendChild(el('li', {}, el('a', { href: sourceHref(s.id), dir: 'auto' }, s.title || s.path || s.id),
        ' ', el('span', { class: 'muted small' }, [s.publisher, s.language].filter(Boolean).join(' · '))));
    }
  } catch (e) {
    showError(node, e);
  }
}
