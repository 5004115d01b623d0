// "Nu open": whether a voorziening or loket is open right now, and when it opens next.
// Computed in the browser from the opening hours on the page, in Europe/Amsterdam time
// (summer time included). Without JavaScript the full table on the page says the same.
// The search page imports `openingLine` to show the same line under each result.
//
// Markup: <p class="nu-open" data-openingstijden='{"ma":[["09:00","17:00"]],…,"uitzonderingen":[…]}' hidden></p>

const DAY_KEYS = ["zo", "ma", "di", "wo", "do", "vr", "za"];
const DAY_NAMES = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const ZONE = "Europe/Amsterdam";
const LOOKAHEAD_DAYS = 14;

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** The wall-clock date and time in Amsterdam at `instant`. */
export function amsterdamParts(instant) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** ISO date `days` after `iso` (calendar arithmetic, no time zone involved). */
export function addDays(iso, days) {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

function weekday(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const toMinutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const dutchTime = (hhmm) => `${hhmm.slice(0, 2)}.${hhmm.slice(3, 5)}`;

/** The opening ranges on a date, honouring exceptions: [[open, close], …] as "HH:MM". */
export function rangesOn(schedule, iso) {
  const exception = (schedule.uitzonderingen || []).find((e) => e.datum === iso);
  if (exception && exception.gesloten !== false) return { ranges: [], exception };
  return { ranges: schedule[DAY_KEYS[weekday(iso)]] || [], exception: null };
}

/**
 * The status at `instant`: { open, closesAt?, next?: { date, time, dayName }, todayException? }.
 */
export function openingStatus(schedule, instant) {
  const now = amsterdamParts(instant);
  const today = rangesOn(schedule, now.date);
  const current = today.ranges.find(([from, to]) => toMinutes(from) <= now.minutes && now.minutes < toMinutes(to));
  const status = { open: Boolean(current), todayException: today.exception };
  if (current) status.closesAt = current[1];
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(now.date, offset);
    const { ranges } = rangesOn(schedule, date);
    const upcoming = ranges.find(([from]) => offset > 0 || toMinutes(from) > now.minutes);
    if (upcoming && !(current && offset === 0 && upcoming === current)) {
      status.next = { date, time: upcoming[0], offset, dayName: DAY_NAMES[weekday(date)] };
      break;
    }
  }
  return status;
}

/** The Dutch sentence for a status, e.g. "Nu open, tot 17.00 uur." */
export function describe(status) {
  if (status.open) return `Nu open, tot ${dutchTime(status.closesAt)} uur.`;
  let text = status.todayException
    ? `Vandaag gesloten${status.todayException.toelichting ? ` (${status.todayException.toelichting})` : ""}.`
    : "Nu gesloten.";
  if (status.next) {
    const when = status.next.offset === 0 ? "vandaag" : status.next.offset === 1 ? "morgen" : status.next.dayName;
    text += ` Weer open ${when} om ${dutchTime(status.next.time)} uur.`;
  }
  return text;
}

/**
 * What a "Nu open" line shows for `schedule` at `instant`: its sentence and its state class
 * (`is-open` or `is-gesloten`). Entry pages and search results (search-ui.js) both use this.
 */
export function openingLine(schedule, instant) {
  const status = openingStatus(schedule, instant);
  return { text: describe(status), className: status.open ? "is-open" : "is-gesloten" };
}

/** Fills every `.nu-open` element on the page. */
export function showOpeningStatus(document, instant = new Date()) {
  for (const element of document.querySelectorAll(".nu-open[data-openingstijden]")) {
    try {
      const line = openingLine(JSON.parse(element.getAttribute("data-openingstijden")), instant);
      element.textContent = line.text;
      element.classList.add(line.className);
      element.hidden = false;
    } catch {
      element.hidden = true; // the table on the page still tells the hours
    }
  }
}

if (typeof document !== "undefined") showOpeningStatus(document);
