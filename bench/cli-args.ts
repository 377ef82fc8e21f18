// The bench harnesses' command line: `--name value` arguments, and a coded error that ends the run
// (harnesses are run by hand and by `npm run bench*`; the code names what was wrong).

/** The value after `--name` on the command line, else dflt. */
export function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}

/** Prints `CODE: message` on standard error and exits with status 1. */
export function fail(code: string, message: string): never {
  console.error(`${code}: ${message}`);
  process.exit(1);
}
