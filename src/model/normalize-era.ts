import { quoteText, type IssueReport } from './dataset-issues.js';
import { isCommonEra } from './common-event.js';
import type { ReadingMemo } from './normalize-event.js';
import { schemaValidation } from './code-on-demand.js';
import type { NormalizedEra } from './types.js';

// Reading a dataset's eras (`eras: [{ title, start, end? }]`) into spans like events': an era that cannot be
// placed or named is left out with an error, the rest kept in chronological order.

/**
 * Reads one era, reporting to `report` (whose current entry it is); undefined when it is left out. An era not of
 * the common shape needs the schema's validation at hand.
 */
export function normalizeEra(raw: unknown, report: IssueReport, memo: ReadingMemo): NormalizedEra | undefined {
  const authored = isCommonEra(raw) ? raw : schemaValidation.provided?.validateEra(raw, report);
  if (!authored) return undefined;
  const { title, start, end } = authored;
  const startRead = memo.span(start);
  if (!startRead.ok) report.error(['start'], `era start ${startRead.reason}; the era is left out`);
  const endRead = end === undefined ? undefined : memo.span(end);
  if (endRead && !endRead.ok) report.error(['end'], `era end ${endRead.reason}; the era is left out`);
  if (!startRead.ok || (endRead && !endRead.ok)) return undefined;
  const era: NormalizedEra = {
    title,
    start: new Date(startRead.span.start.getTime()),
    startPrecision: startRead.span.precision,
    startText: start.trim(),
  };
  if (endRead?.ok) {
    if (endRead.span.start < startRead.span.start) {
      report.error(['end'], `era end ${quoteText(end!)} is before its start ${quoteText(start)}; the era is left out`);
      return undefined;
    }
    era.end = new Date(Math.max(endRead.span.end.getTime(), startRead.span.end.getTime()));
    era.endPrecision = endRead.span.precision;
    era.endText = end!.trim();
  }
  return era;
}

/** True when some era (a hole in the list too) is not of the common shape, so that reading them needs the schema's validation. */
export function erasNeedValidation(raw: readonly unknown[]): boolean {
  for (let index = 0; index < raw.length; index++) if (!isCommonEra(raw[index])) return true;
  return false;
}

/**
 * Reads a dataset's eras, oldest first (ties in the authored order), each problem reported at its index. The
 * schema's validation must be at hand when `erasNeedValidation`.
 */
export function normalizeEras(raw: readonly unknown[], report: IssueReport, memo: ReadingMemo): NormalizedEra[] {
  const eras: NormalizedEra[] = [];
  for (let index = 0; index < raw.length; index++) {
    report.startEvent(index);
    const era = normalizeEra(raw[index], report, memo);
    if (era) eras.push(era);
  }
  // Array#sort is stable.
  return eras.sort((a, b) => a.start.getTime() - b.start.getTime());
}
