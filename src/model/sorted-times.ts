/**
 * Sorted lists of times (or any numbers): finding a place in one by binary search, and sorting a long one a step
 * at a time. Plain loops: d3's bisector calls an accessor and a comparator at every step, several times slower
 * over a million places.
 */

/** The first position whose time is at or after `time`: how many times come before it (all of them for NaN). */
export const timesBefore = (times: Float64Array, time: number): number => firstPosition(times, time, false);

/** The first position whose time is after `time`: how many times are at or before it (all of them for NaN). */
export const timesUpTo = (times: Float64Array, time: number): number => firstPosition(times, time, true);

/** The first position whose time is at or after `time`; with `pastEqual`, the first whose time is after it. */
function firstPosition(times: Float64Array, time: number, pastEqual: boolean): number {
  if (Number.isNaN(time)) return times.length;
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! < time || (pastEqual && times[middle] === time)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Sorting a long list of numbers a step at a time. A typed array's own sort of a million numbers is one call of
 * about 100 ms on this machine: a task a page cannot answer input during. Here the numbers are sorted in runs of
 * `step` by the native sort, yielding after each, then the runs are merged in pairs, yielding every `step` numbers
 * moved: the same result in steps of a few milliseconds.
 */
export function* sortedInSteps<Pause>(values: Float64Array, pause: Pause, step = 50_000): Generator<Pause, Float64Array, void> {
  const count = values.length;
  let source = values.slice();
  if (count <= step) return source.sort();
  for (let from = 0; from < count; from += step) {
    source.subarray(from, Math.min(from + step, count)).sort();
    yield pause;
  }
  let target = new Float64Array(count);
  let moved = 0;
  for (let width = step; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      let fromLeft = left;
      let fromRight = middle;
      for (let to = left; to < right; to++) {
        target[to] = fromRight >= right || (fromLeft < middle && source[fromLeft]! <= source[fromRight]!) ? source[fromLeft++]! : source[fromRight++]!;
        if (++moved % step === 0) yield pause;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
