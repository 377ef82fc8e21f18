// The relaxed target (extract.ts second pass, targets.ts nearAfter): when no frame of a trigger fired
// with its own slots because the parser put the argument elsewhere, the hand frames are tried again
// with the clause's first political actor after the trigger as target — never an agent (by-phrase),
// never a party of a clause below the trigger, and only with a named doer. Our own sentences.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { modelPath } from '../../src/core/paths.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const hasParser = existsSync(modelPath('parser.bin'));
const run = (text: string) => defaultPipeline().run(createDoc(text, { id: 't', published: '2024-03-01' })).events;

describe.skipIf(!hasParser)('relaxed targets for misplaced arguments', () => {
  it('finds the target a misattached phrase holds, marking the rule', () => {
    const evs = run("Portugal on Monday denounced as a grave crime Morocco's treatment of the fishermen.");
    const e = evs.find((x) => x.root === '11');
    expect(e?.source.actor_code).toBe('PRT');
    expect(e?.target.actor_code).toBe('MAR');
    expect(e?.rule).toContain('+relaxed');
  });

  it('takes no party of a clause below the trigger and no event without a named doer', () => {
    const bill = run('The minister promised to withdraw a bill that would have allowed Chile to extradite suspects.');
    expect(bill.some((e) => e.rule.includes('+relaxed') && e.target.actor_code === 'CHL')).toBe(false);
    expect(run('Threats of the Chilean army were reported.').some((e) => e.rule.includes('+relaxed'))).toBe(false);
  });
});
