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
