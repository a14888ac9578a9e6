/**
 * Google Sheets addresses an author pastes as a timeline's `src`: the TimelineJS template is a Google Sheet,
 * and TimelineJS takes its address as it is. A sheet published to the web (File › Share › Publish to web) is
 * read as its CSV; the CSV address of a published sheet is kept as it is.
 */

const PUBLISHED = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/e\/([\w-]+)\/(pubhtml|pub)\b/;

/**
 * The CSV address of a published Google Sheet's address (`…/d/e/<id>/pubhtml`, `…/pub`, with or without a
 * `gid` for one tab), or undefined when the address is not one. A sheet that is only shared, not published,
 * cannot be read by a page on another site; its address is left alone and fails to load with the usual message.
 */
export function csvUrlOfSheet(address: string): string | undefined {
  const match = PUBLISHED.exec(address);
  if (!match) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const csv = new URL(`https://docs.google.com/spreadsheets/d/e/${match[1]}/pub`);
  const gid = url.searchParams.get('gid') ?? /(?:^|&)gid=(\d+)/.exec(url.hash.slice(1))?.[1];
  if (gid) csv.searchParams.set('gid', gid);
  csv.searchParams.set('single', 'true');
  csv.searchParams.set('output', 'csv');
  return csv.href;
}
