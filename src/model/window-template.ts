/** True when a `src` is a window template (a windowed source, an archive on a server): it has a `{start}` or an `{end}` to fill in. */
export function isWindowTemplate(src: string | undefined): src is string {
  return src !== undefined && /\{(start|end)\}/.test(src);
}
