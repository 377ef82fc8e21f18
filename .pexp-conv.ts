import { readFileSync, writeFileSync } from 'node:fs';
import { ParserModel } from './src/nlp/parser-model.js';
const m = ParserModel.fromBuffer(readFileSync(process.argv[2]!));
writeFileSync(process.argv[3]!, m.toBuffer());
