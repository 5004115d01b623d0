// "Mijn lijstje": visitors tick entries on listing and search pages and print them as one handout.
// The selection lives only in the URL (?lijst=voorzieningen/a,loketten/b), never in web storage or
// cookies, so a list can be shared and bookmarked and nothing stays behind on a shared computer.
// The pure functions below are exported for `node --test`; the DOM part runs only in a browser.

/** The query parameter that holds the selection. */
export const PARAM = 'lijst';
/** Only entry pages of these kinds can be on a list; anything else in the URL is dropped. */
export const PATH_PATTERN = /^(voorzieningen|lotgenotengroepen|loketten|casussen)\/[a-z0-9-]+$/;
/** Keeps URLs (and the number of pages the handout fetches) reasonable. */
export const MAX_ITEMS = 50;
/** The page that shows the handout. */
export const LIST_PAGE = '/lijstje/';

/** Whether `path` ("voorzieningen/logeerhuis-de-linde") may be on a list. */
export function isValidPath(path) {
  return typeof path === 'string' && path.length <= 120 && PATH_PATTERN.test(path);
}

/** The selection in a URL search string: valid paths only, in order, without duplicates. */
export function parseSelection(search) {
  const raw = new URLSearchParams(search ?? '').get(PARAM) ?? '';
  const paths = [];
  for (const part of raw.split(',')) {
    const path = part.trim();
    if (isValidPath(path) && !paths.includes(path) && paths.length < MAX_ITEMS) paths.push(path);
  }
  return paths;
}

/** The query value for a selection. Paths only hold [a-z0-9-/], so no escaping is needed and the URL stays readable. */
export function selectionValue(paths) {
  return paths.filter(isValidPath).join(',');
}

/**
 * `search` with the selection written into it; every other parameter (q, filters) is kept.
 * An empty selection removes the parameter. Returns "" or a string starting with "?".
 */
export function serializeSelection(search, paths) {
  const params = new URLSearchParams(search ?? '');
  params.delete(PARAM);
  const rest = params.toString();
  const value = selectionValue(paths);
  const parts = [rest, value ? `${PARAM}=${value}` : ''].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A new selection with `path` added (on = true), removed (on = false) or flipped (on omitted). */
export function toggle(paths, path, on) {
  if (!isValidPath(path)) return [...paths];
  const present = paths.includes(path);
  const add = on === undefined ? !present : on;
  if (add && !present) return paths.length < MAX_ITEMS ? [...paths, path] : [...paths];
  if (!add && present) return paths.filter((p) => p !== path);
  return [...paths];
}

/** The list path of a link ("/voorzieningen/x/" → "voorzieningen/x"), or null when it is not a same-origin entry page. */
export function pathFromHref(href, origin) {
  let url;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  const path = url.pathname.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\/index\.html$/, '');
  return isValidPath(path) ? path : null;
}

/** The URL of the handout page for a selection. */
export function listPageURL(paths) {
  return LIST_PAGE + serializeSelection('', paths);
}

// ---------------------------------------------------------------------------------------------
// DOM enhancement: checkboxes on every entry in a list, and the "Mijn lijstje (N)" bar.

function el(doc, tag, attrs = {}, text) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Adds the checkboxes and the bar. `itemSelector` finds the entries already on the page;
 * `watch` is a list element whose items are (re)rendered by another script (the search results).
 */
export function initLijstje(doc, win, { itemSelector = 'ul.lijst > li.item', watch = null } = {}) {
  const main = doc.querySelector('main') ?? doc.body;
  let selection = parseSelection(win.location.search);
  const boxes = new Map();   // path → checkboxes showing it (an entry can be listed twice on a page)

  const bar = el(doc, 'div', { class: 'lijstje-balk', role: 'region', 'aria-label': 'Mijn lijstje' });
  const count = el(doc, 'p', { class: 'lijstje-aantal', role: 'status' });
  bar.appendChild(count);
  main.appendChild(bar);

  function syncURL() {
    const search = serializeSelection(win.location.search, selection);
    const next = win.location.pathname + search + win.location.hash;
    if (next !== win.location.pathname + win.location.search + win.location.hash) win.history.replaceState(win.history.state, '', next);
  }

  function renderBar() {
    count.replaceChildren();
    if (selection.length === 0) {
      count.append('Mijn lijstje (0): vink “Op mijn lijstje” aan om hulp te bewaren, te delen of te printen.');
      return;
    }
    count.appendChild(el(doc, 'a', { href: listPageURL(selection), class: 'lijstje-link' }, `Mijn lijstje (${selection.length})`));
    count.append(' – bekijken, delen en printen');
  }

  function update() {
    for (const [path, inputs] of boxes) for (const input of inputs) input.checked = selection.includes(path);
    syncURL();
    renderBar();
  }

  function enhance(li) {
    if (li.querySelector('.lijstje-kies')) return;
    const link = li.querySelector('a[href]');
    const path = link && pathFromHref(link.getAttribute('href'), win.location.href);
    if (!path) return;
    const label = el(doc, 'label', { class: 'lijstje-kies' });
    const input = el(doc, 'input', { type: 'checkbox', 'data-pad': path });
    input.checked = selection.includes(path);
    input.addEventListener('change', () => {
      selection = toggle(selection, path, input.checked);
      update();
    });
    label.append(input, ' Op mijn lijstje');
    label.appendChild(el(doc, 'span', { class: 'visueel-verborgen' }, `: ${link.textContent.trim()}`));
    li.appendChild(label);
    if (!boxes.has(path)) boxes.set(path, new Set());
    boxes.get(path).add(input);
  }

  function enhanceAll() {
    for (const [path, inputs] of boxes) {
      for (const input of inputs) if (!input.isConnected) inputs.delete(input);
      if (inputs.size === 0) boxes.delete(path);
    }
    doc.querySelectorAll(itemSelector).forEach(enhance);
    if (watch) [...watch.children].filter((c) => c.tagName === 'LI').forEach(enhance);
  }

  // Carry the selection along to other pages of this site, so a visitor can collect from several lists.
  doc.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href]');
    if (!link || selection.length === 0 || link.classList.contains('lijstje-link')) return;
    const url = new URL(link.getAttribute('href'), win.location.href);
    if (url.origin !== win.location.origin || url.hash && url.pathname === win.location.pathname) return;
    if (pathFromHref(url.href, win.location.href) || !url.pathname.endsWith('/') || url.searchParams.has(PARAM)) return;
    url.search = serializeSelection(url.search, selection);
    link.setAttribute('href', url.pathname + url.search + url.hash);
  });

  if (watch) {
    // Another script renders these results and rewrites the URL without our parameter: put it back.
    new win.MutationObserver(() => { enhanceAll(); syncURL(); }).observe(watch, { childList: true });
  }
  enhanceAll();
  update();
  return {
    get selection() { return [...selection]; },
    bar,
  };
}

// Runs on listing pages and on the search page; the /lijstje/ page imports only the pure functions.
if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  const results = document.getElementById('zoekresultaten');
  if (results || document.querySelector('ul.lijst > li.item')) initLijstje(document, window, { watch: results });
}
