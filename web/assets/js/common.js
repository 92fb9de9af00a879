// Shared helpers for the dossier pages. Every piece of data from the API reaches the page
// through text nodes (el, text): no HTML string built from data is ever parsed.

/** el creates an element. attrs: class, dir, title, id, type, name, value, placeholder, href
 * (only a same-origin path: see path), data-*, aria-*, and on<event> functions. Children may
 * be nodes, strings (inserted as text), arrays, null or undefined. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      e.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      e.setAttribute('href', safePath(v));
    } else if (k === 'class') {
      e.className = v;
    } else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'multiple' || k === 'required') {
      e[k] = !!v;
    } else if (k === 'value') {
      e.value = v;
    } else {
      e.setAttribute(k, String(v));
    }
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (c instanceof Node) parent.appendChild(c);
    else parent.appendChild(document.createTextNode(String(c)));
  }
}

/** safePath accepts only a same-origin absolute path ("/x", not "//x" nor "/\x"); anything else
 * becomes "#". */
export function safePath(p) {
  p = String(p);
  if (p.length > 0 && p[0] === '/' && p[1] !== '/' && p[1] !== '\\' && !/[\u0000-\u001f]/.test(p)) return p;
  if (p[0] === '#' || p[0] === '?') return p;
  return '#';
}

/** path builds a same-origin path with encoded query parameters. */
export function path(base, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? base + '?' + s : base;
}

export const entityHref = (id) => path('/entity', { id });
export const sourceHref = (id, span) => path('/source', span ? { id, start: span.start, end: span.end } : { id }) + (span ? '#passage' : '');

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name) || '';
}

/** items returns the array of a list answer, whether it is a bare array or {items: [...]} */
export function items(x) {
  if (Array.isArray(x)) return x;
  if (x && Array.isArray(x.items)) return x.items;
  return [];
}

export class APIError extends Error {
  constructor(status, code, message) {
    super(message || code || ('HTTP ' + status));
    this.status = status;
    this.code = code;
  }
}

let sessionPromise = null;

/** session returns {user, role, csrf}, fetched once per page. */
export function session() {
  if (!sessionPromise) sessionPromise = api('/api/session');
  return sessionPromise;
}

/** api fetches JSON from the API. A 401 sends the browser to the login page. Requests other
 * than GET carry the CSRF token; a plain object body is sent as JSON, FormData as multipart. */
export async function api(url, opts = {}) {
  const method = (opts.method || 'GET').toUpperCase();
  const headers = { Accept: 'application/json' };
  let body = opts.body;
  if (method !== 'GET' && method !== 'HEAD') {
    if (!opts.noCSRF) {
      const s = await session();
      if (s && s.csrf) headers['X-CSRF-Token'] = s.csrf;
    }
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
  }
  const res = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  if (res.status === 401 && !opts.noRedirect) {
    location.assign(path('/login', { next: location.pathname + location.search }));
    throw new APIError(401, 'EUNAUTHORIZED', 'not signed in');
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    const e = (data && data.error) || {};
    throw new APIError(res.status, e.code, e.message || res.statusText);
  }
  return data;
}

/** grade formats a grade such as "B2" with a class for its colour. */
export function gradeBadge(g) {
  if (!g) return el('span', { class: 'grade grade-none', title: 'not graded' }, '—');
  const letter = String(g)[0] || '';
  return el('span', { class: 'grade grade-' + letter.toLowerCase(), title: 'source reliability ' + letter + ', credibility ' + String(g).slice(1) }, String(g));
}

const precisions = ['none', 'decade', 'year', 'season', 'month', 'day'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** precisionName returns the name of a dossier.Date precision (number or name). */
export function precisionName(p) {
  if (typeof p === 'number') return precisions[p] || 'none';
  return p || 'none';
}

/** fmtDate renders a dossier.Date ({year, month, day, part, precision, approximate}). */
export function fmtDate(d) {
  if (!d) return '';
  if (typeof d === 'string') return d;
  const p = precisionName(d.precision);
  let s = '';
  switch (p) {
    case 'decade': s = d.year + 's'; break;
    case 'year': s = String(d.year); break;
    case 'season': s = (d.part ? d.part + ' ' : '') + d.year; break;
    case 'month': s = (months[d.month - 1] || d.month) + ' ' + d.year; break;
    case 'day': s = d.year + '-' + String(d.month).padStart(2, '0') + '-' + String(d.day).padStart(2, '0'); break;
    default: return '';
  }
  return (d.approximate ? 'about ' : '') + s;
}

/** dateRange returns [start, end) JS Dates covering a dossier.Date, or null. */
export function dateRange(d) {
  if (!d || typeof d !== 'object' || !d.year) return null;
  const p = precisionName(d.precision);
  const y = d.year;
  const U = (yy, mm, dd) => new Date(Date.UTC(yy, mm, dd));
  switch (p) {
    case 'decade': return [U(y, 0, 1), U(y + 10, 0, 1)];
    case 'year': return [U(y, 0, 1), U(y + 1, 0, 1)];
    case 'season': {
      const parts = { early: [0, 4], mid: [4, 8], late: [8, 12], spring: [2, 5], summer: [5, 8], autumn: [8, 11], fall: [8, 11], winter: [11, 14] };
      const [a, b] = parts[d.part] || [0, 12];
      return [U(y, a, 1), U(y, b, 1)];
    }
    case 'month': return [U(y, d.month - 1, 1), U(y, d.month, 1)];
    case 'day': return [U(y, d.month - 1, d.day), U(y, d.month - 1, d.day + 1)];
  }
  return null;
}

/** yearOf returns the year of a dossier.Date or ISO string, or null. */
export function yearOf(d) {
  if (!d) return null;
  if (typeof d === 'string') { const y = parseInt(d.slice(0, 4), 10); return isNaN(y) ? null : y; }
  return d.year || null;
}

/** objectText is the display text of a claim's object. */
export function objectText(c) {
  const o = c.object || {};
  if (c.object_name) return c.object_name;
  if (o.datatype === 'date' && o.date) return fmtDate(o.date) || o.value || '';
  return o.value || o.entity || '';
}

/** codepoints splits a string into code points, the unit of every offset the API returns. */
export const codepoints = (s) => Array.from(s || '');

/** highlight returns nodes for text with the code-point spans wrapped in <mark>. */
export function highlight(text, spans) {
  const cps = codepoints(text);
  const out = [];
  let at = 0;
  const sorted = (spans || []).filter((s) => s && s.end > s.start).slice().sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, cps.length);
    if (start >= end) continue;
    if (start > at) out.push(document.createTextNode(cps.slice(at, start).join('')));
    out.push(el('mark', {}, cps.slice(start, end).join('')));
    at = end;
  }
  if (at < cps.length) out.push(document.createTextNode(cps.slice(at).join('')));
  return out;
}

const nav = [
  ['/search', 'Search'],
  ['/graph', 'Graph'],
  ['/timeline', 'Timeline'],
  ['/map', 'Map'],
  ['/review', 'Review'],
  ['/contradictions', 'Contradictions'],
  ['/ingest', 'Ingest'],
];

/** page sets up the top bar and returns the <main> element, emptied. Pages about one entity
 * pass its ID so the navigation keeps it. */
export function page(title, entityID) {
  document.title = title + ' — dossier';
  const bar = clear(document.getElementById('topbar'));
  const q = el('input', { type: 'search', name: 'q', placeholder: 'Search names and sources', 'aria-label': 'Search', dir: 'auto', value: param('q') });
  const links = nav.map(([href, label]) => {
    const target = entityID && ['/graph', '/timeline', '/map', '/contradictions'].includes(href) ? path(href, { id: entityID, entity: href === '/contradictions' ? entityID : undefined }) : href;
    return el('a', { href: target, class: location.pathname === href ? 'active' : undefined }, label);
  });
  const who = el('span', { class: 'who' });
  const logout = el('button', { type: 'button', class: 'link', onclick: async () => {
    try { await api('/api/logout', { method: 'POST' }); } catch (e) { /* signed out anyway */ }
    location.assign('/login');
  } }, 'Sign out');
  append(bar, [
    el('a', { href: '/', class: 'brand' }, 'dossier'),
    el('form', { class: 'topsearch', action: '/search', method: 'get', role: 'search' }, q),
    el('nav', {}, links),
    el('div', { class: 'user' }, who, logout),
  ]);
  session().then((s) => { if (s) who.textContent = s.user + ' (' + s.role + ')'; }).catch(() => {});
  const main = clear(document.getElementById('main'));
  return main;
}

/** showError puts a visible error message at the top of node. */
export function showError(node, err) {
  const msg = err && err.message ? err.message : String(err);
  const box = el('div', { class: 'error', role: 'alert', dir: 'auto' }, msg);
  node.prepend(box);
  return box;
}

/** status writes a transient status line into node. */
export function status(node, text) {
  clear(node).appendChild(document.createTextNode(text));
}

/** entityPicker is a text field that looks entities up by name (GET /api/search) and remembers
 * the chosen ID; get() returns the ID typed or picked. */
export function entityPicker(placeholder, initial) {
  const input = el('input', { type: 'text', placeholder, dir: 'auto', autocomplete: 'off', value: initial || '' });
  const list = el('ul', { class: 'picker-list', hidden: true });
  let chosen = initial || '';
  let timer = null;
  input.addEventListener('input', () => {
    chosen = '';
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      try {
        const r = await api(path('/api/search', { q }));
        clear(list);
        for (const e of items(r && r.entities).slice(0, 8)) {
          list.appendChild(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => {
            chosen = e.id; input.value = e.name; list.hidden = true;
          } }, e.name, ' ', el('span', { class: 'muted' }, e.type || ''))));
        }
        list.hidden = list.childElementCount === 0;
      } catch (e) { list.hidden = true; }
    }, 200);
  });
  const wrap = el('span', { class: 'picker' }, input, list);
  return { node: wrap, input, get: () => chosen || input.value.trim(), set: (id, name) => { chosen = id; input.value = name || id; } };
}

/** entityName fetches an entity's display name, cached. */
const names = new Map();
export async function entityName(id) {
  if (names.has(id)) return names.get(id);
  const p = api('/api/entities/' + encodeURIComponent(id)).then((r) => (r && r.entity && r.entity.name) || (r && r.name) || id).catch(() => id);
  names.set(id, p);
  return p;
}

export function loading(node) {
  return node.appendChild(el('p', { class: 'muted loading' }, 'Loading…'));
}
