import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { judgeSourceUrl, sourceLinkHref, type SourceUrlVerdict } from '../../src/model/source-url.js';

type Kind = SourceUrlVerdict['kind'];

// [written url, verdict, scheme the verdict names (for dangerous and other schemes), href a link points to]
const table: [string, Kind, string | undefined, string | undefined][] = [
  ['https://example.com/story', 'link', undefined, 'https://example.com/story'],
  ['http://example.com', 'link', undefined, 'http://example.com/'],
  ['HTTPS://Example.COM/a?b=c#d', 'link', undefined, 'https://example.com/a?b=c#d'],
  ['  https://example.com/x  ', 'link', undefined, 'https://example.com/x'],
  ['https://example.com:8443/x', 'link', undefined, 'https://example.com:8443/x'],
  ['https://127.0.0.1/x', 'link', undefined, 'https://127.0.0.1/x'],
  ['https://xn--bcher-kva.example/', 'link', undefined, 'https://xn--bcher-kva.example/'],
  ['https://bücher.example/seite', 'link', undefined, 'https://xn--bcher-kva.example/seite'],
  ['https://example.com/a b', 'link', undefined, 'https://example.com/a%20b'],
  ['javascript:alert(1)', 'dangerous', 'javascript:', undefined],
  ['JaVaScRiPt:alert(1)', 'dangerous', 'javascript:', undefined],
  ['  javascript:alert(1)', 'dangerous', 'javascript:', undefined],
  ['\tjavascript:alert(1)\n', 'dangerous', 'javascript:', undefined],
  ['java\tscript:alert(1)', 'dangerous', 'javascript:', undefined],
  ['java\nscript:alert(1)', 'dangerous', 'javascript:', undefined],
  ['javascript%3Aalert(1)', 'not-a-link', undefined, undefined],
  ['&#106;avascript:alert(1)', 'not-a-link', undefined, undefined],
  ['data:text/html,<script>alert(1)</script>', 'dangerous', 'data:', undefined],
  ['DATA:text/plain,hi', 'dangerous', 'data:', undefined],
  ['vbscript:msgbox(1)', 'dangerous', 'vbscript:', undefined],
  ['file:///etc/passwd', 'dangerous', 'file:', undefined],
  ['blob:https://example.com/0f0e', 'dangerous', 'blob:', undefined],
  ['mailto:desk@example.com', 'not-a-link', 'mailto:', undefined],
  ['ftp://example.com/file', 'not-a-link', 'ftp:', undefined],
  ['tel:+441234', 'not-a-link', 'tel:', undefined],
  ['/news/1', 'not-a-link', undefined, undefined],
  ['stories/123', 'not-a-link', undefined, undefined],
  ['//evil.example', 'not-a-link', undefined, undefined],
  ['https//example.com', 'not-a-link', undefined, undefined],
  ['https://', 'not-a-link', undefined, undefined],
  ['', 'not-a-link', undefined, undefined],
  ['   ', 'not-a-link', undefined, undefined],
  ['not a url at all', 'not-a-link', undefined, undefined],
];

describe('judgeSourceUrl', () => {
  for (const [written, kind, scheme] of table) {
    it(`calls ${JSON.stringify(written)} ${kind}${scheme ? ` (${scheme})` : ''}`, () => {
      const verdict = judgeSourceUrl(written);
      expect(verdict.kind).to.equal(kind);
      expect(verdict.url).to.equal(written.trim());
      expect('scheme' in verdict ? verdict.scheme : undefined).to.equal(scheme);
    });
  }

  it('calls a URL a link exactly when URL parses it as http(s), on the fast path or off it', () => {
    const written = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom('http:', 'https:', 'javascript:', ' HTTP:', 'data:').chain((scheme) => fc.string().map((rest) => scheme + rest)));
    fc.assert(
      fc.property(written, (url) => {
        let protocol: string | undefined;
        try {
          protocol = new URL(url.trim()).protocol;
        } catch {
          protocol = undefined;
        }
        expect(judgeSourceUrl(url).kind === 'link', url).to.equal(protocol === 'http:' || protocol === 'https:');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sourceLinkHref', () => {
  for (const [written, kind, , href] of table) {
    it(`links ${JSON.stringify(written)} ${kind === 'link' ? `to ${href}` : 'nowhere'}`, () => {
      expect(sourceLinkHref(written)).to.equal(href);
    });
  }
});
