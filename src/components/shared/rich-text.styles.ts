import { css } from 'lit';

/**
 * Authors' rich text (`class="rich"` around a `richText` binding: summaries, captions, the header's dek): its
 * paragraphs, lists and quotes spaced as one block of text in the element's type, its links underlined.
 */
export const richTextStyles = css`
  .rich :is(p, ul, ol, blockquote) {
    margin: 0;
  }
  .rich > * + * {
    margin-block-start: 0.4em;
  }
  .rich :is(ul, ol) {
    padding-inline-start: 1.25em;
  }
  .rich blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_grid);
  }
  /* A link whose address the sanitiser removed (javascript:, …) is plain text: only a[href] looks like a link. */
  .rich a[href] {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .rich a[href]:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .rich a[href] {
      color: LinkText;
    }
  }
`;
