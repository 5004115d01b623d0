// The /lijstje/ page: fetches the entry pages named in ?lijst= (same origin, validated paths only),
// takes the facts a handout needs from each page's <article class="entry">, and shows them as one
// printable list. Fetched markup is never inserted as HTML: only its text is copied into new elements.
import { parseSelection, serializeSelection, toggle } from './lijstje.js';

const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of an element, with list items joined by commas ("Mantelzorgers, Ouderen"). */
function listAwareText(node) {
  if (!node) return '';
  const parts = [];
  for (const child of node.childNodes) {
    if (child.nodeType === 1 && (child.tagName === 'UL' || child.tagName === 'OL')) {
      parts.push([...child.querySelectorAll('li')].map((li) => clean(li.textContent)).join(', '));
    } else {
      parts.push(child.textContent);
    }
  }
  return clean(parts.join(' '));
}

/** The lines of an <address>, split where the page has <br>. */
function addressLines(address) {
  const lines = [''];
  for (const child of address.childNodes) {
    if (child.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += ` ${child.textContent}`;
  }
  return lines.map(clean).filter(Boolean);
}

/** What a handout shows of one entry page, or null when the page has no entry article. */
export function extractEntry(doc) {
  const article = doc.querySelector('article.entry');
  if (!article) return null;
  const facts = [...article.querySelectorAll('.feiten dt')].map((dt) => {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName !== 'DD') dd = dd.nextElementSibling;
    return { term: clean(dt.textContent), text: listAwareText(dd) };
  });
  const contact = article.querySelector('.contact');
  const hours = [...article.querySelectorAll('section.tijden')].map((section) => ({
    heading: clean(section.querySelector('h2')?.textContent),
    rows: [...section.querySelectorAll('tbody tr')].map((tr) => [clean(tr.querySelector('th')?.textContent), clean(tr.querySelector('td')?.textContent)]),
    exceptions: [...section.querySelectorAll('h3 + ul > li')].map((li) => clean(li.textContent)),
  }));
  return {
    kind: clean(article.querySelector('.item-soort')?.textContent),
    title: clean(article.querySelector('h1')?.textContent),
    summary: clean(article.querySelector('.inleiding')?.textContent),
    facts,
    contact: contact ? [...contact.querySelectorAll('.contactgegevens li')].map((li) => clean(li.textContent)) : [],
    notes: contact ? [...contact.querySelectorAll(':scope > p')].map((p) => clean(p.textContent)) : [],
    addresses: contact ? [...contact.querySelectorAll('address')].map(addressLines) : [],
    hours,
  };
}

function el(doc, tag, attrs = {}, text) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One handout item: title (linked), summary, facts, contact, address and hours, and a remove button. */
function renderItem(doc, win, path, entry, index, onRemove) {
  const li = el(doc, 'li', { class: 'lijstje-item', 'data-pad': path });
  const headingId = `lijstje-item-${index}`;
  const article = el(doc, 'article', { 'aria-labelledby': headingId });
  const title = entry?.title || path;
  if (entry?.kind) article.appendChild(el(doc, 'p', { class: 'item-soort' }, entry.kind));
  const h2 = el(doc, 'h2', { id: headingId, tabindex: '-1' });
  h2.appendChild(el(doc, 'a', { href: `/${path}/` }, title));
  article.appendChild(h2);
  article.appendChild(el(doc, 'p', { class: 'lijstje-url' }, `${win.location.origin}/${path}/`));
  if (!entry) {
    article.appendChild(el(doc, 'p', { class: 'melding' }, 'Deze pagina is niet gevonden. Misschien bestaat deze hulp niet meer.'));
  } else {
    if (entry.summary) article.appendChild(el(doc, 'p', { class: 'lijstje-samenvatting' }, entry.summary));
    if (entry.facts.length) {
      article.appendChild(el(doc, 'h3', {}, 'In het kort'));
      const dl = el(doc, 'dl', { class: 'lijstje-feiten' });
      for (const f of entry.facts) dl.append(el(doc, 'dt', {}, f.term), el(doc, 'dd', {}, f.text));
      article.appendChild(dl);
    }
    if (entry.contact.length || entry.addresses.length || entry.notes.length) {
      article.appendChild(el(doc, 'h3', {}, 'Contact en adres'));
      if (entry.contact.length) {
        const ul = el(doc, 'ul', { class: 'lijstje-contact' });
        for (const line of entry.contact) ul.appendChild(el(doc, 'li', {}, line));
        article.appendChild(ul);
      }
      for (const note of entry.notes) article.appendChild(el(doc, 'p', {}, note));
      for (const lines of entry.addresses) {
        const address = el(doc, 'address', { class: 'adres' });
        lines.forEach((line, i) => { if (i) address.appendChild(el(doc, 'br')); address.append(line); });
        article.appendChild(address);
      }
    }
    for (const block of entry.hours) {
      article.appendChild(el(doc, 'h3', {}, block.heading));
      const table = el(doc, 'table', { class: 'lijstje-tijden' });
      table.appendChild(el(doc, 'caption', { class: 'visueel-verborgen' }, `${block.heading} van ${title}`));
      const body = el(doc, 'tbody');
      for (const [day, time] of block.rows) {
        const tr = el(doc, 'tr');
        tr.append(el(doc, 'th', { scope: 'row' }, day), el(doc, 'td', {}, time));
        body.appendChild(tr);
      }
      table.appendChild(body);
      article.appendChild(table);
      if (block.exceptions.length) {
        const ul = el(doc, 'ul', { class: 'lijstje-uitzonderingen' });
        for (const line of block.exceptions) ul.appendChild(el(doc, 'li', {}, `Afwijkend: ${line}`));
        article.appendChild(ul);
      }
    }
  }
  const remove = el(doc, 'button', { type: 'button', class: 'lijstje-weg' }, 'Haal van mijn lijstje');
  remove.appendChild(el(doc, 'span', { class: 'visueel-verborgen' }, `: ${title}`));
  remove.addEventListener('click', () => onRemove(path, title));
  article.appendChild(remove);
  li.appendChild(article);
  return li;
}

/** Fetches one entry page; null when it is missing or not an entry page. */
async function loadEntry(win, path) {
  try {
    const response = await win.fetch(`/${path}/`, { credentials: 'same-origin', redirect: 'error' });
    if (!response.ok) return null;
    return extractEntry(new win.DOMParser().parseFromString(await response.text(), 'text/html'));
  } catch {
    return null;
  }
}

/** Fills the page from the URL; returns a promise that settles when every entry is shown. */
export async function initListPage(doc, win) {
  const root = doc.getElementById('lijstje');
  const list = doc.getElementById('lijstje-items');
  const status = doc.getElementById('lijstje-status');
  const heading = doc.querySelector('h1');
  let selection = parseSelection(win.location.search);
  root.hidden = false;
  doc.getElementById('lijstje-datum').textContent = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  doc.getElementById('lijstje-print').addEventListener('click', () => win.print());

  const more = el(doc, 'a', { class: 'lijstje-meer' }, 'Meer hulp zoeken en aanvinken');
  root.querySelector('.lijstje-acties').append(' ', more);

  function countText() {
    if (selection.length === 0) return 'Uw lijstje is leeg.';
    return selection.length === 1 ? 'Er staat 1 item op uw lijstje.' : `Er staan ${selection.length} items op uw lijstje.`;
  }

  function syncURL() {
    win.history.replaceState(win.history.state, '', win.location.pathname + serializeSelection(win.location.search, selection));
    more.setAttribute('href', '/a-z/' + serializeSelection('', selection));
    doc.getElementById('lijstje-print').hidden = selection.length === 0;
    if (selection.length === 0 && !root.querySelector('.lijstje-leeg')) {
      const p = el(doc, 'p', { class: 'lijstje-leeg' }, 'Er staat nog niets op uw lijstje. Kijk bij ');
      p.append(el(doc, 'a', { href: '/a-z/' }, 'alles van A tot Z'), ' en vink aan wat u wilt bewaren.');
      list.after(p);
    }
  }

  function onRemove(path, title) {
    const item = [...list.children].find((li) => li.dataset.pad === path);
    const next = item?.nextElementSibling ?? item?.previousElementSibling;
    selection = toggle(selection, path, false);
    item?.remove();
    syncURL();
    status.textContent = `${title} is van uw lijstje gehaald. ${countText()}`;
    // Keep keyboard users in place: on the next item, or on the page heading when the list is empty.
    const target = next?.querySelector('h2') ?? heading;
    if (target === heading) heading.setAttribute('tabindex', '-1');
    target.focus();
  }

  syncURL();
  status.textContent = selection.length ? 'Het lijstje wordt geladen…' : countText();
  const entries = await Promise.all(selection.map((path) => loadEntry(win, path)));
  list.replaceChildren(...selection.map((path, i) => renderItem(doc, win, path, entries[i], i, onRemove)));
  status.textContent = countText();
  root.dataset.geladen = 'ja';
}

if (typeof document !== 'undefined' && typeof window !== 'undefined' && document.getElementById('lijstje')) {
  initListPage(document, window);
}
