// The one rule for source URLs, used by the parser (which keeps, drops or rejects a source's url) and by the
// elements (which link only what this rule calls a link, even in events built by hand): absolute http(s)
// addresses are links; schemes that can run script or smuggle content (javascript:, data:, vbscript:, file:,
// blob:) are dangerous; everything else (relative paths, mailto:, ftp:, text that is no URL) is merely not a link.

/** What a source URL is under the rule. `url` is the trimmed text; `scheme` is the parsed one, like `mailto:`. */
export type SourceUrlVerdict =
  | { kind: 'link'; url: string }
  | { kind: 'dangerous'; url: string; scheme: string }
  | { kind: 'not-a-link'; url: string; scheme?: string };

const LINK_SCHEME = /^https?:$/;
const DANGEROUS_SCHEME = /^(javascript|data|vbscript|file|blob):$/;
/**
 * An http(s) address that `new URL` always reads (a named host, no port, printable ASCII), checked without
 * building a URL, which is slow for 100,000 sources. Anything else goes through `new URL`.
 */
const PLAIN_WEB_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z0-9-]*[a-z][a-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/i;

/** Judges a source URL as written (white space around it does not count). */
export function judgeSourceUrl(written: string): SourceUrlVerdict {
  const url = written.trim();
  if (PLAIN_WEB_LINK.test(url)) return { kind: 'link', url };
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return { kind: 'not-a-link', url };
  }
  if (LINK_SCHEME.test(scheme)) return { kind: 'link', url };
  if (DANGEROUS_SCHEME.test(scheme)) return { kind: 'dangerous', url, scheme };
  return { kind: 'not-a-link', url, scheme };
}

/** The address to put in a link's `href` for a source URL (normalized as `URL#href`), or undefined when it is no link. */
export function sourceLinkHref(written: string): string | undefined {
  const verdict = judgeSourceUrl(written);
  return verdict.kind === 'link' ? new URL(verdict.url).href : undefined;
}
