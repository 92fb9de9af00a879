import { api, el, page, showError, clear, items } from './common.js';

const main = page('Ingest');
main.appendChild(el('h1', {}, 'Ingest documents'));
main.appendChild(el('p', { class: 'muted' }, 'Plain text, Markdown, HTML and PDF files. Each is stored once (by the hash of its text); a file that cannot be read is reported and the others are kept.'));
const files = el('input', { type: 'file', name: 'files', id: 'files', multiple: true });
const button = el('button', { type: 'submit', id: 'upload' }, 'Upload');
const out = el('div', { id: 'job', 'aria-live': 'polite' });
const form = el('form', { class: 'card', id: 'ingest-form', onsubmit: submit }, el('label', {}, 'Files ', files), ' ', button, out);
main.appendChild(form);

async function submit(ev) {
  ev.preventDefault();
  if (!files.files.length) return;
  const fd = new FormData();
  for (const f of files.files) fd.append('files', f, f.name);
  button.disabled = true;
  clear(out).appendChild(el('p', {}, 'Uploading ' + files.files.length + ' file(s)…'));
  try {
    const r = await api('/api/sources', { method: 'POST', body: fd });
    await poll(r.job);
  } catch (e) {
    showError(out, e);
  } finally {
    button.disabled = false;
  }
}

async function poll(job) {
  for (;;) {
    const j = await api('/api/jobs/' + encodeURIComponent(job));
    clear(out);
    out.appendChild(el('p', { class: 'job-status' }, j.done ? 'Done: ' : 'Working: ',
      (j.added || 0) + ' added, ' + (j.present || 0) + ' already present, ' + (j.failed || 0) + ' failed'));
    const errs = items(j.errors);
    if (errs.length) {
      out.appendChild(el('ul', { class: 'errors' }, errs.map((e) => el('li', {}, el('code', { dir: 'auto' }, e.path || ''), ': ', el('span', { dir: 'auto' }, e.error || '')))));
    }
    if (j.done) {
      if (j.added) out.appendChild(el('p', {}, el('a', { href: '/search' }, 'Browse the sources')));
      return;
    }
    await new Promise((res) => setTimeout(res, 1000));
  }
}
