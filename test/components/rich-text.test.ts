import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { loadSanitizer, richText, sanitizeRichText, sanitizedHtml } from '../../src/components/shared/rich-text.js';
import { frame, watchErrors } from '../helpers/elements.js';
import { afterInjectedImagesWouldHaveFailed, HOSTILE_PAYLOADS } from '../helpers/hostile-payloads.js';

/*
 * The sanitiser the elements show authors' HTML through: plain text stays text; markup is shown as plain text
 * until DOMPurify has loaded, then under the allow-list (links, emphasis, paragraphs, lists, quotes), with
 * nothing that runs, styles, frames or asks for input, and only http(s) links, each opening in a new tab.
 */

/** A container with `value` rendered into it. */
async function rendered(value: unknown): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  render(value, container);
  return container;
}

/** The elements in a container, by tag, and their attributes: what the sanitiser let through. */
const elementsIn = (container: Element) =>
  [...container.querySelectorAll('*')].map((element) => [element.localName, ...[...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`)].join(' '));

// The hostile payloads of the robustness tests, and more that a sanitiser must take apart.
const PAYLOADS = [
  ...HOSTILE_PAYLOADS,
  '<a href="javascript:window.__pwned=1">click</a>',
  '<a href=" JaVaScRiPt:window.__pwned=1">click</a>',
  '<a href="data:text/html,<script>parent.__pwned=1</script>">click</a>',
  '<p onclick="window.__pwned=1" style="background:url(https://example.com/track)">Styled</p>',
  '<style>*{display:none}</style><em>After a style</em>',
  '<form action="https://example.com"><input name="q"><button>Send</button></form>',
  '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
  '<object data="https://example.com/x.swf"></object><embed src="https://example.com/x.swf">',
  '<a href="https://example.com" target="_self" onmouseover="window.__pwned=1">Hover</a>',
  '<base href="https://example.com/"><link rel="stylesheet" href="https://example.com/x.css"><meta http-equiv="refresh" content="0">',
];

describe('rich text', () => {
  let watcher: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    watcher = watchErrors();
  });
  afterEach(() => {
    watcher.stop();
    delete window.__pwned;
  });

  // This test runs first in its page: the sanitiser has not been asked for yet.
  it('shows markup as plain text until the sanitiser has loaded, then as sanitised HTML', async () => {
    expect(sanitizedHtml('<em>x</em>'), 'nothing loaded before markup is shown').to.equal(undefined);
    const container = await rendered(richText('Signed in <em>Pyongyang</em>.<script>window.__pwned=1</script>'));
    expect(container.textContent).to.equal('Signed in Pyongyang.');
    expect(container.querySelector('em')).to.equal(null);
    await loadSanitizer();
    await frame();
    expect(container.querySelector('em')!.textContent).to.equal('Pyongyang');
    expect(container.querySelector('script')).to.equal(null);
    expect(container.textContent).to.equal('Signed in Pyongyang.');
  });

  it('keeps plain text as text, angle brackets and ampersands included', async () => {
    await loadSanitizer();
    for (const text of ['Treaty signed', 'a < b and c > d', 'Press <Ctrl> to zoom', 'AT&T', "{{constructor.constructor('window.__pwned=1')()}}", '${window.__pwned=1}']) {
      const container = await rendered(richText(text));
      expect(container.textContent, text).to.equal(text);
      expect(elementsIn(container), text).to.deep.equal([]);
    }
  });

  it('keeps links, emphasis, paragraphs, lists and quotes', async () => {
    await loadSanitizer();
    const container = await rendered(
      richText('<p>Signed in <strong>Pyongyang</strong>, <i>said</i> <a href="https://example.com/story">KCNA</a>.</p><ul><li>One</li></ul><blockquote>A quote</blockquote><br>'),
    );
    expect(elementsIn(container)).to.deep.equal([
      'p',
      'strong',
      'i',
      'a href=https://example.com/story target=_blank rel=noopener noreferrer',
      'ul',
      'li',
      'blockquote',
      'br',
    ]);
    expect(container.textContent).to.equal('Signed in Pyongyang, said KCNA.OneA quote');
  });

  it('opens every kept link in a new tab that learns nothing of the page, whatever the author set', async () => {
    const html = await sanitizeRichText('<a href="http://example.com/a" target="_self" rel="opener">A</a> <a href="/relative">B</a> <a href="mailto:a@example.com">C</a>');
    const container = await rendered(richText(html));
    expect(elementsIn(container)).to.deep.equal(['a href=http://example.com/a target=_blank rel=noopener noreferrer', 'a', 'a']);
    expect(container.textContent).to.equal('A B C');
  });

  it('takes every hostile payload apart: nothing runs, loads, styles, frames or asks', async () => {
    await loadSanitizer();
    const container = await rendered(html`${PAYLOADS.map((payload) => html`<div class="payload">${richText(`Summary ${payload}`)}</div>`)}`);
    await afterInjectedImagesWouldHaveFailed();
    expect(window.__pwned, 'no payload ran').to.equal(undefined);
    const injected = container.querySelectorAll('img, script, style, svg, math, iframe, object, embed, form, input, button, base, link, meta');
    expect([...injected].map((element) => element.outerHTML)).to.deep.equal([]);
    const attributes = [...container.querySelectorAll('.payload *')].flatMap((element) => [...element.attributes].map((attribute) => `${element.localName} ${attribute.name}=${attribute.value}`));
    const allowed = /^a (href=https:\/\/example\.com\/|target=_blank|rel=noopener noreferrer)$/;
    expect(attributes.filter((attribute) => !allowed.test(attribute)), 'attributes besides a safe link\'s').to.deep.equal([]);
    const links = [...container.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.com/']);
    // Text between the tags is kept as text.
    expect([...container.querySelectorAll('.payload')].map((payload) => payload.textContent)).to.include.members(['Summary Styled', 'Summary After a style', 'Summary Hover', 'Summary click']);
    expect(watcher.errors).to.deep.equal([]);
  });

  it('renders nothing for what is not text', async () => {
    for (const value of [undefined, null, 42, { toString: () => '<em>x</em>' }]) {
      const container = await rendered(richText(value));
      expect(container.innerHTML.replace(/<!--[^]*?-->/g, ''), String(value)).to.equal('');
    }
  });

  it('shows the latest text when the text changes while the sanitiser loads', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    render(richText('<em>First</em>'), container);
    render(richText('<em>Second</em>'), container);
    await loadSanitizer();
    await frame();
    expect(container.textContent).to.equal('Second');
  });
});
