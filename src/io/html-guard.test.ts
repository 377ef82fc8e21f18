import { describe, expect, it } from 'vitest';
import { flattenDeepHtml } from './html-guard.js';

describe('flattenDeepHtml', () => {
  it('leaves ordinary pages untouched, implied ends included', () => {
    const html = '<html><body><ul><li>a<li>b</ul><p>one<p>two<table><tr><td>x<td>y<tr><td>z</table><script>if (a < b) "<div>"</script><br><img src="x"></body></html>';
    const r = flattenDeepHtml(html, 6);
    expect(r.dropped).toBe(0);
    expect(r.html).toBe(html);
  });
  it('drops start and end tags beyond the depth limit and keeps their text', () => {
    const r = flattenDeepHtml(`<body>${'<div>'.repeat(10)}deep text${'</div>'.repeat(10)}<p>after</p></body>`, 4);
    expect(r.dropped).toBe(7);
    expect(r.html).toBe('<body><div><div><div>deep text</div></div></div><p>after</p></body>');
  });
  it('is linear: 200,000 nested and unclosed tags in well under a second', () => {
    const html = `${'<div><span title="a>b">'.repeat(100_000)}text`;
    const t0 = performance.now();
    const r = flattenDeepHtml(html, 200);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.depth).toBe(200);
    expect(r.html.endsWith('text')).toBe(true);
  });
});
