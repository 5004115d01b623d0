// The /zoeken/ page: reads ?q= and filters from the URL, searches while typing, renders results,
// facets, status and "Bedoelde u …?". Expects the markup in the page template (ids zoek…).
import { createSearchEngine, FACETS, PAGE_SIZE } from './search-engine.js';
import { openingLine } from './nu-open.js';

const LEGENDS = { categorie: 'Categorie', doelgroep: 'Voor wie', gemeente: 'Gemeente', toegang: 'Toegang', gratis: 'Kosten' };
const DEBOUNCE_MS = 250;

/** "12 resultaten voor ‘logeren’" */
export function statusText(total, query) {
  if (!query.trim()) return '';
  const noun = total === 1 ? 'resultaat' : 'resultaten';
  return `${total === 0 ? 'Geen' : total} ${noun} voor ‘${query.trim()}’`;
}

/** Query and filters from a URL search string. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const f of FACETS) filters[f] = params.getAll(f);
  return { query: params.get('q') ?? '', filters };
}

/** The URL search string for a query and filters ("?q=logeren&doelgroep=mantelzorgers"). */
export function writeState(query, filters) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const f of FACETS) for (const v of filters[f] ?? []) params.append(f, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

function el(doc, tag, attrs = {}, text) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The "Nu open" line of a result with opening hours, as on its entry page; null without hours. */
function openingStatusLine(doc, r, now) {
  if (!r.openingstijden) return null;
  try {
    const line = openingLine(r.openingstijden, now);
    return el(doc, 'p', { class: `nu-open zoek-open ${line.className}` }, line.text);
  } catch {
    return null;   // unusable hours: the entry page still has the table
  }
}

/**
 * One result: link first (to the entry page), then type, summary, "Nu open" (voorzieningen and
 * loketten with opening hours, at `now`), gemeente and badges.
 */
export function renderResult(doc, r, now = new Date()) {
  const li = el(doc, 'li', { class: 'zoek-resultaat' });
  const h = el(doc, 'h2', { class: 'zoek-titel' });
  h.appendChild(el(doc, 'a', { href: r.url }, r.title));
  li.appendChild(h);
  li.appendChild(el(doc, 'p', { class: 'zoek-type' }, r.type));
  if (r.summary) li.appendChild(el(doc, 'p', { class: 'zoek-samenvatting' }, r.summary));
  const opening = openingStatusLine(doc, r, now);
  if (opening) li.appendChild(opening);
  if (r.municipalities) li.appendChild(el(doc, 'p', { class: 'zoek-gemeente' }, `Gemeente: ${r.municipalities}`));
  if (r.free || r.open) {
    const badges = el(doc, 'p', { class: 'zoek-labels' });
    if (r.free) badges.appendChild(el(doc, 'span', { class: 'zoek-label zoek-label-gratis' }, 'Gratis'));
    if (r.open) badges.appendChild(el(doc, 'span', { class: 'zoek-label zoek-label-vrij' }, 'Vrij toegankelijk'));
    li.appendChild(badges);
  }
  return li;
}

/** Facets as fieldsets of checkboxes with counts. */
export function renderFacets(doc, container, facets, onChange) {
  container.replaceChildren();
  for (const f of FACETS) {
    const values = facets[f] ?? [];
    if (values.length === 0) continue;
    const set = el(doc, 'fieldset', { class: 'zoek-filter' });
    set.appendChild(el(doc, 'legend', {}, LEGENDS[f]));
    for (const v of values) {
      const id = `zoekfilter-${f}-${v.key}`;
      const box = el(doc, 'input', { type: 'checkbox', id, name: f, value: v.key });
      if (v.selected) box.setAttribute('checked', '');
      box.checked = v.selected;
      box.addEventListener('change', onChange);
      const label = el(doc, 'label', { for: id }, `${v.label} (${v.count})`);
      const row = el(doc, 'div', { class: 'zoek-filteroptie' });
      row.appendChild(box);
      row.appendChild(label);
      set.appendChild(row);
    }
    container.appendChild(set);
  }
}

/** Wires up the search page. Does nothing when the form is missing. */
export function initSearchPage(doc, win) {
  const form = doc.getElementById('zoekformulier');
  if (!form) return null;
  const input = doc.getElementById('zoekveld');
  const status = doc.getElementById('zoekstatus');
  const suggestion = doc.getElementById('zoeksuggestie');
  const filtersBox = doc.getElementById('zoekfilters');
  const list = doc.getElementById('zoekresultaten');
  const engine = createSearchEngine({ base: form.dataset.index || '/zoeken/index/', fetch: (u) => win.fetch(u) });
  let state = readState(win.location.search);
  let run = 0;
  let timer = null;
  let shown = 0;
  let last = null;
  let allFacets = false;
  const more = el(doc, 'button', { type: 'button', class: 'zoek-meer', hidden: '' }, 'Meer resultaten tonen');
  list.after(more);
  input.value = state.query;

  async function update() {
    const mine = ++run;
    win.history.replaceState(null, '', win.location.pathname + writeState(state.query, state.filters));
    if (!state.query.trim()) {
      list.replaceChildren(); filtersBox.replaceChildren(); suggestion.replaceChildren();
      status.textContent = ''; more.hidden = true;
      return;
    }
    let result;
    try {
      result = await engine.search(state.query, state.filters, { allFacets });
    } catch {
      if (mine === run) status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw.';
      return;
    }
    if (mine !== run) return;   // a newer search has started
    last = result;
    shown = result.results.length;
    list.replaceChildren(...result.results.map((r) => renderResult(doc, r)));
    more.hidden = shown >= result.total;
    status.textContent = statusText(result.total, state.query);
    if (result.facets) {
      // Re-rendering replaces the checkboxes; keep keyboard focus on the one just toggled.
      const focused = filtersBox.contains(doc.activeElement) ? doc.activeElement.id : null;
      renderFacets(doc, filtersBox, result.facets, onFilter);
      if (focused) doc.getElementById(focused)?.focus();
    } else {
      // Very large result sets on very large sites: counting facets would download every
      // document's facets, so that waits until the visitor asks for it.
      const show = el(doc, 'button', { type: 'button', class: 'zoek-filters-tonen' }, 'Filters tonen');
      show.addEventListener('click', () => { allFacets = true; update().then(() => filtersBox.querySelector('input')?.focus()); });
      filtersBox.replaceChildren(show);
    }
    suggestion.replaceChildren();
    if (result.suggestion) {
      const p = el(doc, 'p', { class: 'zoek-bedoelde' }, 'Bedoelde u: ');
      const a = el(doc, 'a', { href: win.location.pathname + writeState(result.suggestion, {}) }, result.suggestion);
      a.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = result.suggestion;
        state = { query: result.suggestion, filters: {} };
        update();
        input.focus();
      });
      p.appendChild(a);
      p.appendChild(doc.createTextNode('?'));
      suggestion.appendChild(p);
    }
  }

  function onFilter() {
    const filters = {};
    for (const f of FACETS) {
      filters[f] = [...filtersBox.querySelectorAll(`input[name="${f}"]`)].filter((b) => b.checked).map((b) => b.value);
    }
    state = { query: state.query, filters };
    update();
  }

  more.addEventListener('click', async () => {
    if (!last) return;
    if (shown + PAGE_SIZE > last.exactUpTo) {
      // Past the top postings of a very common word: rank again with the full posting lists.
      last = await engine.search(state.query, state.filters, { exact: true, allFacets });
    }
    const next = await engine.describe(last.ranked.slice(shown, shown + PAGE_SIZE));
    const items = next.map((r) => renderResult(doc, r));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= last.total;
    items[0]?.querySelector('a')?.focus();   // keyboard users continue where the new results start
  });

  input.addEventListener('input', () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => { state = { query: input.value, filters: state.filters }; update(); }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector('a');
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    win.clearTimeout(timer);
    state = { query: input.value, filters: state.filters };
    update();
  });
  update();
  return { update, engine };
}

if (typeof document !== 'undefined' && typeof window !== 'undefined') initSearchPage(document, window);
