import { oneEvent } from '@open-wc/testing';
import { frame } from './elements.js';

// Hostile text for the tests that feed authors' fields to the elements: markup and template syntax that would
// run script (setting window.__pwned) if any of it were ever treated as code.

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Text that runs script if it is ever rendered as HTML or evaluated as a template. */
export const HOSTILE_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '${window.__pwned=1}',
];

/**
 * Waits until an `<img src=x>` of our own has failed to load: by then any injected `<img src=x onerror>` would
 * have fired its handler.
 */
export async function afterInjectedImagesWouldHaveFailed(): Promise<void> {
  const probe = new Image();
  const failed = oneEvent(probe, 'error');
  probe.src = 'x';
  await failed;
  await frame();
}
