import { api, safePath } from './common.js';

const form = document.getElementById('login');
const errBox = document.getElementById('login-error');

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  errBox.hidden = true;
  const username = document.getElementById('username').value;
  const password = document.getElementById('password').value;
  try {
    await api('/api/login', { method: 'POST', body: { username, password }, noCSRF: true, noRedirect: true });
    const next = new URLSearchParams(location.search).get('next') || '/';
    const target = safePath(next);
    location.assign(target === '#' || target.startsWith('/login') ? '/' : target);
  } catch (e) {
    errBox.textContent = e.status === 401 ? 'Wrong user name or password.' : (e.message || 'Sign-in failed.');
    errBox.hidden = false;
  }
});
