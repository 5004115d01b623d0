// "Nu open" across summer-time changes and holidays, in Europe/Amsterdam time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { amsterdamParts, openingStatus, describe, rangesOn } from "../../templates/assets/nu-open.js";

const office = {
  ma: [["09:00", "12:00"], ["13:00", "17:00"]],
  di: [["09:00", "17:00"]],
  wo: [["09:00", "12:00"]],
  do: [["09:00", "17:00"]],
  vr: [["09:00", "17:00"]],
  za: [],
  zo: [],
  uitzonderingen: [
    { datum: "2026-12-25", gesloten: true, toelichting: "Eerste Kerstdag" },
    { datum: "2026-12-28", gesloten: true, toelichting: "Tussen kerst en oud en nieuw" },
  ],
};

test("Amsterdam wall time is one hour ahead of UTC in winter and two in summer", () => {
  assert.deepEqual(amsterdamParts(new Date("2026-01-15T08:30:00Z")), { date: "2026-01-15", minutes: 9 * 60 + 30 });
  assert.deepEqual(amsterdamParts(new Date("2026-07-15T08:30:00Z")), { date: "2026-07-15", minutes: 10 * 60 + 30 });
  // Late evening UTC is already the next day in Amsterdam.
  assert.equal(amsterdamParts(new Date("2026-07-15T22:30:00Z")).date, "2026-07-16");
});

test("open during a range, with the closing time", () => {
  const status = openingStatus(office, new Date("2026-11-24T10:00:00Z")); // Tuesday 11:00 CET
  assert.equal(status.open, true);
  assert.equal(describe(status), "Nu open, tot 17.00 uur.");
});

test("closed over lunch opens again the same day", () => {
  const status = openingStatus(office, new Date("2026-11-23T11:30:00Z")); // Monday 12:30 CET
  assert.equal(status.open, false);
  assert.equal(describe(status), "Nu gesloten. Weer open vandaag om 13.00 uur.");
});

test("the end minute is closed, the start minute is open", () => {
  assert.equal(openingStatus(office, new Date("2026-11-24T16:00:00Z")).open, false); // 17:00 CET
  assert.equal(openingStatus(office, new Date("2026-11-24T08:00:00Z")).open, true); // 09:00 CET
});

test("Friday evening points to Monday", () => {
  const status = openingStatus(office, new Date("2026-11-27T18:00:00Z"));
  assert.equal(describe(status), "Nu gesloten. Weer open maandag om 09.00 uur.");
});

test("a holiday closes the day and says why", () => {
  const status = openingStatus(office, new Date("2026-12-25T10:00:00Z")); // Friday, Christmas
  assert.equal(status.open, false);
  // Monday 28 December is closed as well, so the next opening is Tuesday.
  assert.equal(rangesOn(office, "2026-12-28").ranges.length, 0);
  assert.equal(describe(status), "Vandaag gesloten (Eerste Kerstdag). Weer open dinsdag om 09.00 uur.");
});

test("on the morning summer time starts, 09:30 local is 07:30 UTC", () => {
  const sunday = { ...office, zo: [["09:00", "12:00"]], uitzonderingen: [] };
  // 2027-03-28 is the last Sunday of March: clocks go from 02:00 to 03:00.
  assert.equal(openingStatus(sunday, new Date("2027-03-28T07:30:00Z")).open, true);
  assert.equal(openingStatus(sunday, new Date("2027-03-28T06:30:00Z")).open, false); // 08:30 CEST
  assert.equal(describe(openingStatus(sunday, new Date("2027-03-28T06:30:00Z"))), "Nu gesloten. Weer open vandaag om 09.00 uur.");
});

test("on the morning summer time ends, 09:30 local is 08:30 UTC", () => {
  const sunday = { ...office, zo: [["09:00", "12:00"]], uitzonderingen: [] };
  // 2026-10-25 is the last Sunday of October: clocks go from 03:00 back to 02:00.
  assert.equal(openingStatus(sunday, new Date("2026-10-25T08:30:00Z")).open, true);
  assert.equal(openingStatus(sunday, new Date("2026-10-25T07:30:00Z")).open, false); // 08:30 CET
  assert.equal(describe(openingStatus(sunday, new Date("2026-10-25T10:59:00Z"))), "Nu open, tot 12.00 uur.");
});

test("a place with no opening hours at all says only that it is closed", () => {
  const status = openingStatus({ uitzonderingen: [] }, new Date("2026-11-24T10:00:00Z"));
  assert.equal(describe(status), "Nu gesloten.");
});
