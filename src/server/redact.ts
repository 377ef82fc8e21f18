// No local file path leaves the server: an ingest source such as "/home/ana/corpus/feed.jsonl:12"
// is shown as "feed.jsonl:12", and absolute paths inside messages (an input error, a stack frame
// of a worker failure) are cut to their file name. Readers still see which input it was.
const ABSOLUTE = /(?<=^|[\s"'(=<[,;])(?:file:\/\/)?(?:[A-Za-z]:)?(?:[\\/][^\s\\/"'()<>[\],;]+)+[\\/]?/g;

function base(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** A message or source with every absolute path replaced by its last segment. */
export function scrubPaths(s: string): string {
  return s.replace(ABSOLUTE, (m) => base(m));
}

export function publicSource(s: string | null): string | null {
  return s === null ? null : scrubPaths(s);
}
