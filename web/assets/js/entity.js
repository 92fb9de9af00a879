import { api, el, page, param, path, gradeBadge, fmtDate, objectText, entityHref, sourceHref, showError, loading, clear, items } from './common.js';

const id = param('id');
const main = page('Entity', id);

if (!id) {
  main.appendChild(el('p', {}, 'No entity given. ', el('a', { href: '/search' }, 'Search'), ' for one.'));
} else {
  load();
}

async function load() {
  const wait = loading(main);
  let p;
  try {
    p = await api(path('/api/entities/' + encodeURIComponent(id), { limit: param('limit') }));
  } catch (e) {
    wait.remove();
    showError(main, e);
    return;
  }
  clear(main);
  render(p);
  flagContradictions(p.entity && p.entity.id ? p.entity.id : id);
}

/** flagContradictions marks the claims that another claim contradicts, with a link to both sides. */
async function flagContradictions(eid) {
  let list;
  try {
    list = items(await api(path('/api/contradictions', { entity: eid })));
  } catch (e) {
    return; // the profile stands without the flags
  }
  for (const c of list) {
    for (const cid of c.claims || []) {
      const d = main.querySelector('details.claim[data-claim="' + CSS.escape(cid) + '"]');
      if (!d || d.classList.contains('contradicted')) continue;
      d.classList.add('contradicted');
      d.querySelector('summary').append(' ', el('a', { href: path('/contradictions', { entity: eid }), class: 'badge warn', title: c.reason || '' }, 'contradicted'));
    }
  }
}

function render(p) {
  const e = p.entity || {};
  document.title = (e.name || e.id) + ' — dossier';
  main.appendChild(el('div', { class: 'entity-head' },
    el('h1', { dir: 'auto', id: 'entity-name' }, e.name || e.id),
    el('span', { class: 'type type-' + String(e.type || '').toLowerCase() }, e.type || ''),
    e.kind ? el('span', { class: 'muted' }, ' ', e.kind) : null,
    e.status === 'proposed' ? el('span', { class: 'badge warn', title: 'created below the link threshold; see the review queue' }, 'proposed') : null));
  if (e.canonical && e.canonical !== e.id) {
    main.appendChild(el('p', { class: 'note' }, 'Merged into ', el('a', { href: entityHref(e.canonical) }, e.canonical), '.'));
  }
  main.appendChild(el('nav', { class: 'subnav' },
    el('a', { href: path('/graph', { id: e.id || id }) }, 'Network graph'),
    el('a', { href: path('/timeline', { id: e.id || id }) }, 'Timeline'),
    el('a', { href: path('/map', { id: e.id || id }) }, 'Map'),
    el('a', { href: path('/contradictions', { entity: e.id || id }) }, 'Contradictions'),
    el('span', { class: 'muted small' }, 'ID ', el('code', {}, e.id || id))));

  // Names, with the number of sources that use each spelling.
  const names = (e.names || []).slice().sort((a, b) => (b.sources || 0) - (a.sources || 0));
  const namesSec = main.appendChild(el('section', { class: 'card', id: 'names' }, el('h2', {}, 'Names')));
  if (!names.length) namesSec.appendChild(el('p', { class: 'muted' }, 'No recorded spellings.'));
  const nl = namesSec.appendChild(el('ul', { class: 'names' }));
  for (const n of names) {
    nl.appendChild(el('li', {},
      el('bdi', { dir: 'auto', class: 'name' }, n.text),
      ' ', el('span', { class: 'muted small' }, [n.kind, n.lang, n.script].filter(Boolean).join(' · ')),
      ' ', el('span', { class: 'count', title: 'sources using this spelling' }, String(n.sources || 0) + (n.sources === 1 ? ' source' : ' sources'))));
  }

  // Members of the merged cluster, each can be split off again.
  if (p.members && p.members.length) {
    const ms = main.appendChild(el('section', { class: 'card', id: 'members' }, el('h2', {}, 'Merged entities')));
    const ul = ms.appendChild(el('ul', { class: 'plain' }));
    for (const m of p.members) {
      if (m.id === e.id) continue;
      const btn = el('button', { type: 'button', class: 'small', onclick: async () => {
        btn.disabled = true;
        try {
          await api('/api/split', { method: 'POST', body: { entity: e.id, other: m.id } });
          location.reload();
        } catch (err) { btn.disabled = false; showError(ms, err); }
      } }, 'Split off');
      ul.appendChild(el('li', {}, el('a', { href: entityHref(m.id), dir: 'auto' }, m.name || m.id), ' ', el('code', { class: 'small' }, m.id), ' ', btn));
    }
  }

  // Claims grouped by predicate (and by which side of the claim the entity is on), a page at a
  // time: the API sends the subject side first, each side by predicate, and a next cursor while
  // more follow.
  const sec = main.appendChild(el('section', { class: 'card', id: 'claims' }));
  const count = el('span', { class: 'count' });
  sec.appendChild(el('h2', {}, 'Claims ', count));
  const groups = new Map();
  let shown = 0;
  const more = el('button', { type: 'button', class: 'secondary', id: 'more-claims' }, 'More claims');
  const moreBox = el('p', { class: 'more' }, more);
  const addPage = (page) => {
    const claims = (page.claims || []).filter((c) => c.predicate !== 'name' && c.predicate !== 'alias');
    const pageGrades = page.grades || {};
    for (const c of claims) {
      const key = (c.role === 'object' ? '← ' : '') + c.predicate;
      let g = groups.get(key);
      if (!g) {
        g = sec.appendChild(el('div', { class: 'pred-group' }, el('h3', { class: 'predicate' }, key.replace(/_/g, ' '))));
        groups.set(key, g);
      }
      g.appendChild(claimNode(c, pageGrades[c.id], e.id));
    }
    shown += claims.length;
    count.textContent = page.next ? shown + ' of ' + (page.claims_total || shown) : String(shown);
    moreBox.remove();
    if (page.next) {
      more.disabled = false;
      more.onclick = async () => {
        more.disabled = true;
        try {
          addPage(await api(path('/api/entities/' + encodeURIComponent(e.id || id), { after: page.next, limit: page.limit })));
        } catch (err) { more.disabled = false; showError(sec, err); }
      };
      sec.appendChild(moreBox);
    }
  };
  addPage(p);
  if (!shown && !p.next) sec.appendChild(el('p', { class: 'muted' }, 'No claims yet.'));
}

function claimNode(c, grade, self) {
  const other = c.role === 'object'
    ? (c.subject ? el('a', { href: entityHref(c.subject), dir: 'auto' }, c.subject_name || c.subject) : '')
    : (c.object && c.object.entity ? el('a', { href: entityHref(c.object.entity), dir: 'auto' }, objectText(c)) : el('bdi', { dir: 'auto' }, objectText(c)));
  const when = [];
  if (c.valid_from && c.valid_from.precision) when.push('from ' + fmtDate(c.valid_from));
  if (c.valid_to && c.valid_to.precision) when.push('until ' + fmtDate(c.valid_to));
  const q = c.qualifiers || {};
  const quals = [q.role, q.quantity, q.term].filter(Boolean);
  const ev = c.evidence || [];
  const summary = el('summary', {},
    el('span', { class: 'claim-object' }, other),
    when.length ? el('span', { class: 'muted small' }, ' ', when.join(' ')) : null,
    quals.length ? el('span', { class: 'muted small', dir: 'auto' }, ' (', quals.join(', '), ')') : null,
    ' ', gradeBadge(grade),
    ' ', el('span', { class: 'corroboration', title: 'independent origins asserting this claim' }, '×' + (c.corroboration || 0)),
    ' ', el('span', { class: 'muted small' }, ev.length + (ev.length === 1 ? ' passage' : ' passages')));
  const body = el('div', { class: 'evidence-list' });
  for (const x of ev) {
    const src = (c.sources && c.sources[x.source]) || x.source;
    body.appendChild(el('div', { class: 'evidence stance-' + (x.stance || 'asserts') },
      el('blockquote', { dir: 'auto', class: 'quote' }, x.quote || ''),
      el('div', { class: 'ev-meta small' },
        el('a', { href: sourceHref(x.source, x.span), class: 'passage-link', dir: 'auto' }, src),
        x.attributed_to ? el('span', {}, ' · according to ', el('bdi', { dir: 'auto' }, x.attributed_to)) : null,
        ' · ', el('span', { class: 'stance' }, x.stance || 'asserts'),
        x.method ? el('span', { class: 'muted' }, ' · ', x.method) : null)));
  }
  if (!ev.length) body.appendChild(el('p', { class: 'muted small' }, 'No evidence recorded.'));
  body.appendChild(credibilityForm(c));
  return el('details', { class: 'claim', 'data-claim': c.id, 'data-predicate': c.predicate }, summary, body);
}

/** credibilityForm lets an analyst override a claim's credibility (1–6, 0 removes the override),
 * with the reason recorded. */
function credibilityForm(c) {
  const sel = el('select', { class: 'cred-select', 'aria-label': 'Credibility' },
    el('option', { value: '' }, 'credibility…'),
    [1, 2, 3, 4, 5, 6].map((n) => el('option', { value: n }, n + ' — ' + credNames[n])),
    el('option', { value: '0' }, 'remove override'));
  const why = el('input', { type: 'text', class: 'cred-why', placeholder: 'why', dir: 'auto' });
  const out = el('span', { class: 'small muted', 'aria-live': 'polite' });
  const form = el('form', { class: 'toolbar small cred-form', onsubmit: async (ev) => {
    ev.preventDefault();
    if (sel.value === '') return;
    try {
      await api('/api/claims/' + encodeURIComponent(c.id) + '/credibility', { method: 'POST', body: { credibility: parseInt(sel.value, 10), why: why.value } });
      out.textContent = 'saved; reload to see the new grade';
    } catch (e) { out.textContent = e.message; }
  } }, el('span', { class: 'muted' }, 'Analyst override: '), sel, why, el('button', { type: 'submit', class: 'small secondary' }, 'Set'), out);
  return form;
}

const credNames = { 1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' };
