// DuckDB is an optional peer of the package (a native binary of some 70 MB that the element never needs), so
// the server loads it only when asked to serve, and says how to add it when it is missing.

export class DuckDBMissingError extends Error {}

export async function loadDuckDB() {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@duckdb/node-api')) throw error;
    throw new DuckDBMissingError(
      'dateline serve needs DuckDB, which is not installed with the element. Add it beside dateline:\n\n' +
        '  npm install @duckdb/node-api\n\n' +
        `(then run the same command again). It loads a prebuilt binary for this platform (${process.platform}-${process.arch}).`,
    );
  }
}
