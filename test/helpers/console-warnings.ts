/** What `console.warn` was called with while `body` ran (each call's arguments), instead of printing it. */
export async function consoleWarnings(body: () => Promise<void>): Promise<unknown[][]> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
