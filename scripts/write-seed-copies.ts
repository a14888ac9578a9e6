// Writes the seed dataset's CSV and TimelineJS copies (data/korea-russia-2024.csv and .timelinejs.json) from
// data/korea-russia-2024.json, the source of truth. Run `npx tsx scripts/write-seed-copies.ts` after editing
// the JSON; test/model/seed-dataset.test.ts reads all three back and fails when they disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormatRows } from 'd3-dsv';
import { parsePartialDate } from '../src/model/partial-date.js';
import { formatUtcOffset, utcFormatter } from '../src/model/format-date.js';

interface Source { name: string; url?: string; date?: string }
interface Response { actor: string; stance: string }
interface SeedEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  summary?: string;
  actors?: string[];
  category?: string;
  status?: string;
  importance?: string;
  location?: string;
  sources?: Source[];
  claimedBy?: string[];
  responses?: Response[];
}
interface SeedDataset { title: string; description?: string; events: SeedEvent[] }

const JSON_PATH = 'data/korea-russia-2024.json';
const seed = JSON.parse(readFileSync(JSON_PATH, 'utf8')) as SeedDataset;

const deniedBy = (event: SeedEvent) => (event.responses ?? []).filter((response) => response.stance === 'denies').map((response) => response.actor);

// ——— CSV: one row per event; the first source only; claimed_by and denied_by joined with ";" like actors ———

const CSV_COLUMNS = ['id', 'title', 'start', 'end', 'summary', 'actors', 'category', 'status', 'source', 'source_url', 'importance', 'location', 'claimed_by', 'denied_by'];
const csvRows = seed.events.map((event) => [
  event.id,
  event.title,
  event.start,
  event.end ?? '',
  event.summary ?? '',
  (event.actors ?? []).join(';'),
  event.category ?? '',
  event.status ?? '',
  event.sources?.[0]?.name ?? '',
  event.sources?.[0]?.url ?? '',
  event.importance ?? '',
  event.location ?? '',
  (event.claimedBy ?? []).join(';'),
  deniedBy(event).join(';'),
]);
writeFileSync('data/korea-russia-2024.csv', csvFormatRows([CSV_COLUMNS, ...csvRows]) + '\n');

// ——— TimelineJS3 JSON ———

/**
 * A TimelineJS date object carries only the fields the date's precision allows. TimelineJS has no time zone:
 * it shows hour and minute as written, so a time is written as the wall-clock time where it happened, with a
 * display_date that names the offset ("19 June 2024, 02:22 in Pyongyang (UTC+9)").
 */
function timelineDate(written: string, location: string | undefined): Record<string, string> {
  const parsed = parsePartialDate(written);
  if (!parsed.ok) throw new Error(`${JSON_PATH}: ${parsed.reason}`);
  const { start, precision, utcOffsetMinutes = 0 } = parsed.span;
  const wallClock = new Date(start.getTime() + utcOffsetMinutes * 60_000);
  const date: Record<string, string> = { year: String(wallClock.getUTCFullYear()) };
  if (precision === 'year') return date;
  date.month = String(wallClock.getUTCMonth() + 1);
  if (precision === 'month') return date;
  date.day = String(wallClock.getUTCDate());
  if (precision === 'day') return date;
  date.hour = String(wallClock.getUTCHours());
  date.minute = String(wallClock.getUTCMinutes());
  const dayText = utcFormatter('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(wallClock);
  const timeText = utcFormatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(wallClock);
  date.display_date = `${dayText}, ${timeText}${location ? ` in ${location}` : ''} (${formatUtcOffset(utcOffsetMinutes)})`;
  return date;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** TimelineJS has no status, claim or source fields: the slide's text says them, after the summary. */
function slideText(event: SeedEvent): string {
  const said = [
    event.claimedBy?.length ? `Claimed by ${names.format(event.claimedBy)}.` : '',
    deniedBy(event).length ? `Denied by ${names.format(deniedBy(event))}.` : '',
    event.sources?.length ? `Sources: ${event.sources.map((source) => (source.date ? `${source.name} (${source.date})` : source.name)).join(', ')}.` : '',
  ].filter(Boolean);
  const status = event.status ? `<em>Status: ${escapeHtml(event.status)}.</em> ` : '';
  return (event.summary ? paragraph(event.summary) : '') + `<p>${status}${escapeHtml(said.join(' '))}</p>`;
}

const timeline = {
  title: { text: { headline: seed.title, ...(seed.description ? { text: paragraph(seed.description) } : {}) } },
  events: seed.events.map((event) => ({
    unique_id: event.id,
    start_date: timelineDate(event.start, event.location),
    ...(event.end ? { end_date: timelineDate(event.end, event.location) } : {}),
    text: { headline: escapeHtml(event.title), text: slideText(event) },
    ...(event.actors?.[0] ? { group: event.actors[0] } : {}),
  })),
};
writeFileSync('data/korea-russia-2024.timelinejs.json', JSON.stringify(timeline, null, 2) + '\n');
console.log('wrote data/korea-russia-2024.csv and data/korea-russia-2024.timelinejs.json');
