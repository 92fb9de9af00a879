import { api, el, page, param, path, entityHref, showError, items, entityName, entityPicker } from './common.js';

const id = param('id');
const main = page('Map', id);
main.appendChild(el('h1', {}, 'Map'));
const picker = entityPicker('Entity name or ID', id);
main.appendChild(el('form', { class: 'toolbar', onsubmit: (ev) => { ev.preventDefault(); const x = picker.get(); if (x) location.assign(path('/map', { id: x })); } },
  el('label', {}, 'Entity ', picker.node), el('button', { type: 'submit' }, 'Show')));
const head = main.appendChild(el('h2', { dir: 'auto' }));
const box = main.appendChild(el('div', { id: 'map', class: 'map' }));
const list = main.appendChild(el('div', { id: 'places' }));
main.appendChild(el('p', { class: 'credits small muted' },
  'Country outlines: Natural Earth (public domain), via world-atlas 2.0.2. Place coordinates: GeoNames (CC BY 4.0). Map drawn with Leaflet 1.9.4, offline: no tile server.'));

/* global L, topojson */
const map = L.map(box, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 }).setView([35, 45], 3);
window.dossierMap = { markers: 0, countries: 0 };

async function outline() {
  const res = await fetch('/assets/vendor/world-atlas/countries-110m.json', { credentials: 'same-origin' });
  const world = await res.json();
  const geo = topojson.feature(world, world.objects.countries);
  L.geoJSON(geo, { style: { color: '#64748b', weight: 0.8, fillColor: '#e2e8f0', fillOpacity: 1 } }).addTo(map);
  window.dossierMap.countries = geo.features.length;
}

async function places() {
  const n = await entityName(id);
  head.append(el('a', { href: entityHref(id) }, n));
  picker.set(id, n);
  const ps = items(await api('/api/entities/' + encodeURIComponent(id) + '/places'));
  const bounds = [];
  const rows = [];
  for (const p of ps) {
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    const popup = el('div', { class: 'popup' },
      el('strong', { dir: 'auto' }, p.name || p.entity),
      el('div', {}, el('a', { href: entityHref(p.entity) }, 'Open place')),
      el('div', { class: 'muted small' }, (p.claims || []).length + ' claims'));
    L.circleMarker([p.lat, p.lon], { radius: 7, color: '#b91c1c', weight: 2, fillColor: '#ef4444', fillOpacity: 0.8 })
      .bindPopup(popup).bindTooltip(el('span', { dir: 'auto' }, p.name || ''), { permanent: true, direction: 'right', offset: [8, 0] }).addTo(map);
    bounds.push([p.lat, p.lon]);
    window.dossierMap.markers++;
    rows.push(el('li', {}, el('a', { href: entityHref(p.entity), dir: 'auto' }, p.name || p.entity), ' ', el('span', { class: 'muted small' }, p.lat.toFixed(3) + ', ' + p.lon.toFixed(3))));
  }
  if (bounds.length === 1) map.setView(bounds[0], 5, { animate: false });
  else if (bounds.length) map.fitBounds(bounds, { maxZoom: 6, padding: [40, 40], animate: false });
  list.append(el('h3', {}, 'Places ', el('span', { class: 'count' }, String(rows.length))), rows.length ? el('ul', { class: 'plain' }, rows) : el('p', { class: 'muted' }, 'No place with known coordinates is linked to this entity.'));
}

outline().catch((e) => showError(main, e));
if (id) places().catch((e) => showError(main, e));
else head.textContent = 'Choose an entity to map its places.';
