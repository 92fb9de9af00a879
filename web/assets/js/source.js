import { api, el, page, param, path, fmtDate, entityHref, sourceHref, showError, loading, clear, codepoints, items } from './common.js';

const id = param('id');
const main = page('Source');

if (!id) {
  main.appendChild(el('p', {}, 'No source given.'));
} else {
  load();
}

async function load() {
  const wait = loading(main);
  let r;
  try {
    r = await api('/api/sources/' + encodeURIComponent(id));
  } catch (e) {
    wait.remove();
    showError(main, e);
    return;
  }
  clear(main);
  render(r);
}

function num(s) {
  const n = parseInt(s, 10);
  return isNaN(n) ? null : n;
}

function render(r) {
  const s = r.source || r;
  document.title = (s.title || s.path || s.id) + ' — dossier';
  main.appendChild(el('h1', { dir: 'auto', id: 'source-title' }, s.title || s.path || s.id));
  const facts = [
    ['Publisher', s.publisher], ['Authors', (s.authors || []).join(', ')], ['Published', fmtDate(s.published)],
    ['Reliability', s.reliability], ['Language', (s.languages && s.languages.length ? s.languages : [s.language]).filter(Boolean).join(', ')],
    ['Format', s.format], ['Path', s.path], ['URL', s.url], ['ID', s.id],
  ].filter(([, v]) => v);
  main.appendChild(el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', { dir: 'auto' }, v)])));
  main.appendChild(gradeForm(s));

  // Echo links and origin group.
  const links = items(r.links);
  const group = items(r.origin_group).filter((g) => g !== s.id);
  const echo = main.appendChild(el('section', { class: 'card', id: 'echoes' }, el('h2', {}, 'Echoes')));
  if (!links.length && !group.length) echo.appendChild(el('p', { class: 'muted' }, 'No other source repeats this one or is repeated by it: an independent origin.'));
  if (links.length) {
    const ul = echo.appendChild(el('ul', { class: 'plain' }));
    for (const l of links) {
      const fromThis = l.from === s.id;
      const other = fromThis ? l.to : l.from;
      const label = fromThis ? (l.to_name || l.to || '') : (l.from_name || l.from);
      const target = other ? el('a', { href: sourceHref(other), dir: 'auto' }, label || other) : el('bdi', { dir: 'auto' }, label);
      ul.appendChild(el('li', {},
        fromThis ? ['this source ', el('strong', {}, (l.type || 'repeats').replace(/_/g, ' ')), ' '] : [target, ' ', el('strong', {}, (l.type || 'repeats').replace(/_/g, ' ')), ' this source'],
        fromThis ? target : null,
        el('span', { class: 'muted small' }, ' (', l.method || '', l.score ? ', ' + Number(l.score).toFixed(2) : '', ')'),
        l.evidence ? el('div', { class: 'muted small', dir: 'auto' }, '“', l.evidence, '”') : null));
    }
  }
  if (group.length) {
    echo.appendChild(el('p', {}, 'Same origin group (counted once for corroboration): '));
    const ul = echo.appendChild(el('ul', { class: 'plain', id: 'origin-group' }));
    for (const g of group) ul.appendChild(el('li', {}, el('a', { href: sourceHref(g) }, g)));
  }

  // The text, with mentions linked and the requested passage highlighted.
  const start = num(param('start'));
  const end = num(param('end'));
  const passage = start !== null && end !== null && end > start ? { start, end } : null;
  const text = s.text || '';
  const pre = el('pre', { class: 'source-text', dir: 'auto', id: 'source-text' });
  pre.append(...renderText(text, items(r.mentions), passage));
  main.appendChild(el('section', { class: 'card' }, el('h2', {}, 'Text'),
    el('p', { class: 'muted small' }, items(r.mentions).length + ' mentions; linked names open their entity.'), pre));
  const mark = document.getElementById('passage');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('flash');
  }
}

/** renderText splits text at every mention and passage boundary (code points) and returns the
 * nodes: plain text, <a class="mention"> for mentions resolved to an entity (<span> otherwise),
 * each wrapped in <mark class="passage"> where it falls inside the passage. */
export function renderText(text, mentions, passage) {
  const cps = codepoints(text);
  const n = cps.length;
  // Keep non-overlapping mentions, earliest first, longer first on ties.
  const ms = mentions.filter((m) => m.span && m.span.end > m.span.start && m.span.start >= 0 && m.span.end <= n)
    .slice().sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept = [];
  let last = 0;
  for (const m of ms) {
    if (m.span.start >= last) { kept.push(m); last = m.span.end; }
  }
  const cuts = new Set([0, n]);
  for (const m of kept) { cuts.add(m.span.start); cuts.add(m.span.end); }
  if (passage) { cuts.add(Math.max(0, Math.min(n, passage.start))); cuts.add(Math.max(0, Math.min(n, passage.end))); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  let mi = 0;
  let first = true;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    if (a >= b) continue;
    while (mi < kept.length && kept[mi].span.end <= a) mi++;
    const m = mi < kept.length && kept[mi].span.start <= a && kept[mi].span.end >= b ? kept[mi] : null;
    let node = document.createTextNode(cps.slice(a, b).join(''));
    if (m) {
      const attrs = { class: 'mention type-' + String(m.type || '').toLowerCase(), title: [m.type, m.norm].filter(Boolean).join(' · ') };
      node = m.entity ? el('a', { ...attrs, href: entityHref(m.entity) }, node) : el('span', attrs, node);
    }
    if (passage && a >= passage.start && b <= passage.end) {
      const mk = el('mark', { class: 'passage' }, node);
      if (first) { mk.id = 'passage'; first = false; }
      node = mk;
    }
    out.push(node);
  }
  return out;
}

const reliabilities = { A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable', D: 'not usually reliable', E: 'unreliable', F: 'cannot be judged' };

/** gradeForm grades this source, or its publisher, A–F. */
function gradeForm(s) {
  const sel = el('select', { id: 'reliability', 'aria-label': 'Reliability' },
    Object.entries(reliabilities).map(([k, v]) => el('option', { value: k, selected: k === (s.reliability || 'F') }, k + ' — ' + v)));
  const out = el('span', { class: 'small muted', id: 'grade-status', 'aria-live': 'polite' });
  const send = async (body) => {
    try {
      await api('/api/grades', { method: 'POST', body });
      out.textContent = 'graded ' + body.reliability;
    } catch (e) { out.textContent = e.message; }
  };
  return el('form', { class: 'toolbar', id: 'grade-form', onsubmit: (ev) => { ev.preventDefault(); send({ source: s.id, reliability: sel.value }); } },
    el('label', {}, 'Reliability ', sel),
    el('button', { type: 'submit', class: 'small' }, 'Grade this source'),
    s.publisher ? el('button', { type: 'button', class: 'small secondary', onclick: () => send({ publisher: s.publisher, reliability: sel.value }) }, 'Grade the publisher') : null,
    out);
}
