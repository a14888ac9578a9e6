import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { looksLikeMarkup, markupToText, richTextHref, RICH_TEXT_TAGS } from '../../src/model/rich-text.js';

describe('looksLikeMarkup', () => {
  const markup = [
    'Signed in <a href="https://example.com">Pyongyang</a>',
    '<p>One.</p><p>Two.</p>',
    'Line<br>break',
    'Line<br/>break',
    '<em>Very</em> sure',
    '<ul><li>a</li></ul>',
    'AT&amp;T',
    'Quote: &#8220;no&#8221;',
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload="window.__pwned=1">',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<DIV>Upper case</DIV>',
  ];
  for (const text of markup) it(`reads ${JSON.stringify(text)} as markup`, () => {
    expect(looksLikeMarkup(text)).to.equal(true);
  });

  const plain = [
    'Treaty signed',
    'a < b and c > d',
    'Press <Ctrl> and <Enter>',
    'AT&T and R&D',
    'I <3 it',
    '{{constructor.constructor(\'window.__pwned=1\')()}}',
    '${window.__pwned=1}',
    '',
    '<notatag>',
  ];
  for (const text of plain) it(`reads ${JSON.stringify(text)} as plain text`, () => {
    expect(looksLikeMarkup(text)).to.equal(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => { looksLikeMarkup(value as string); }));
  });
});

describe('markupToText', () => {
  it('reads HTML as plain text, without running or keeping markup', () => {
    expect(markupToText('<script>alert(1)</script>Hi &lt;b&gt; &#8212; <img src=x onerror=alert(1)>there')).to.equal('Hi <b> — there');
    expect(markupToText('<p>One.</p><p>Two <a href="https://example.com">link</a>.</p>')).to.equal('One. Two link.');
    expect(markupToText('<ul><li>a</li><li>b</li></ul>')).to.equal('a b');
  });
});

describe('the allow-list', () => {
  it('keeps links, emphasis, paragraphs, lists and quotes, and nothing that runs, styles, frames or asks', () => {
    expect(RICH_TEXT_TAGS).to.include.members(['a', 'em', 'strong', 'i', 'b', 'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'q']);
    for (const tag of ['script', 'style', 'iframe', 'form', 'input', 'img', 'svg', 'object', 'embed', 'link', 'meta', 'base', 'frame']) {
      expect(RICH_TEXT_TAGS, tag).not.to.include(tag);
    }
  });

  it('links only http(s) addresses', () => {
    expect(richTextHref('https://example.com/a b')).to.equal('https://example.com/a%20b');
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c', '#top']) {
      expect(richTextHref(href), href).to.equal(undefined);
    }
  });
});
