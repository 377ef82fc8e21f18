// linkedom and Readability, loaded on first use: compiling linkedom's module graph costs ~0.1 s, and
// most runs (plain text, JSON, CSV) never parse HTML. They are loaded with require() (both packages
// ship CommonJS builds) because the input readers are synchronous generators, which cannot await an
// import().
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

const require = createRequire(import.meta.url);
let linkedom: Linkedom | undefined;
let readability: ReadabilityModule | undefined;

export function loadLinkedom(): Linkedom {
  return (linkedom ??= require('linkedom') as Linkedom);
}

export function loadReadability(): ReadabilityModule {
  return (readability ??= require('@mozilla/readability') as ReadabilityModule);
}
