// Serves the browser app (src/web: plain ES modules, no build step) and the two vendored libraries
// from node_modules: chart.js (UMD build, sets window.Chart) and cytoscape (ESM build). Only files
// that exist in those directories with a known extension are served; names are never joined
// from raw user paths, so ../ cannot escape.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from '../core/paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticFile {
  readonly body: string;
  readonly type: string;
}

const require = createRequire(import.meta.url);

function vendorFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    out['chart.js'] = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  } catch {
    // chart.js missing: the timeline page says so
  }
  try {
    out['cytoscape.js'] = join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs');
  } catch {
    // cytoscape missing: the network page says so
  }
  return out;
}

export class StaticFiles {
  private readonly web = new Map<string, string>();
  private readonly vendor: Record<string, string>;
  private readonly cache = new Map<string, StaticFile>();

  constructor(webDir = join(repoRoot, 'src', 'web')) {
    if (existsSync(webDir)) {
      for (const name of readdirSync(webDir)) {
        const ext = name.slice(name.lastIndexOf('.'));
        if (TYPES[ext] && !name.endsWith('.test.ts')) this.web.set(name, join(webDir, name));
      }
    }
    this.vendor = vendorFiles();
  }

  private load(path: string, type: string): StaticFile {
    let f = this.cache.get(path);
    if (!f) {
      f = { body: readFileSync(path, 'utf8'), type };
      this.cache.set(path, f);
    }
    return f;
  }

  webFile(name: string): StaticFile | null {
    const path = this.web.get(name);
    if (!path) return null;
    return this.load(path, TYPES[name.slice(name.lastIndexOf('.'))]!);
  }

  vendorFile(name: string): StaticFile | null {
    const path = this.vendor[name];
    if (!path || !existsSync(path)) return null;
    return this.load(path, TYPES['.js']!);
  }
}
