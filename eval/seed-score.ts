// Scores a contract document against the seed's hand-made reading (../shared/examples/seed/gold.json),
// counting exactly as the reference scorer's `score.py seed` does (name matching through canonical
// names, surnames, accepted codes and name fragments), plus the cue check issue 2 asks for.
import type { ContractDoc } from '../src/io/write-json.js';

const TRIM = ' \t\r\n"\'“”‘’«»,.;:—–-()';

export function norm(s: string | null | undefined): string {
  let t = (s ?? '').trim();
  let a = 0;
  let b = t.length;
  while (a < b && TRIM.includes(t[a]!)) a++;
  while (b > a && TRIM.includes(t[b - 1]!)) b--;
  t = t.slice(a, b);
  return t.split(/\s+/).filter(Boolean).join(' ').toLowerCase();
}

interface GoldEntity {
  id: string;
  type: string;
  name: string;
  country?: string;
  actor_code?: string;
  accept_codes?: string[];
  accept_names?: string[];
}
interface GoldQuote { kind: string; content: string; speaker: string; cue?: string; addressee?: string; date?: string; optional?: boolean }
interface GoldDate { text: string; value: string; occurrence?: number; optional?: boolean }
interface GoldEvent { source: string; target: string; cameo_root: string; evidence: string; note?: string; optional?: boolean }
export interface SeedGold { entities: GoldEntity[]; quotes: GoldQuote[]; dates: GoldDate[]; events: GoldEvent[] }

type Ref = { entity?: string | null; name?: string | null; actor_code?: string | null; mention?: { text?: string } | null } | null | undefined;

export function scoreSeed(p: ContractDoc, g: SeedGold) {
  const text = p.text;
  const ents = new Map(p.entities.map((e) => [e.id, e]));
  const gents = new Map(g.entities.map((e) => [e.id, e]));

  const entIs = (ref: Ref, goldId: string | undefined): boolean => {
    if (!ref || !goldId || !gents.has(goldId)) return false;
    const ge = gents.get(goldId)!;
    const e = ref.entity ? ents.get(ref.entity) : undefined;
    const cand: (string | null | undefined)[] = [ref.name, ref.actor_code, ref.mention?.text];
    if (e) cand.push(e.name, e.actor_code);
    const surname = norm(ge.name).split(' ').at(-1)!;
    for (const c0 of cand) {
      if (!c0) continue;
      if ((ge.accept_codes ?? []).some((a) => c0.toUpperCase().startsWith(a))) return true;
      const c = norm(c0);
      if ((ge.accept_names ?? []).some((a) => c.includes(a))) return true;
      if (c === norm(ge.name) || (ge.type === 'PERSON' && c.split(' ').includes(surname))) return true;
      if ((ge.type === 'GPE' || ge.type === 'ORG') && ge.actor_code && c.toUpperCase() === ge.actor_code.toUpperCase()) return true;
      if (ge.type === 'GPE' && c.toUpperCase().slice(0, 3) === (ge.country ?? '#').toUpperCase()) return true;
    }
    return false;
  };

  const words = (s: string) => new Set(s.split(' ').filter(Boolean));
  const quoteDetail = g.quotes
    .filter((q) => !q.optional)
    .map((gq) => {
      const ng = norm(gq.content);
      const gw = words(ng);
      const hit = p.quotes.find((q) => {
        const nc = norm(q.content.map((s) => s.text).join(' '));
        if (!nc || !ng) return false;
        const cw = words(nc);
        const overlap = [...gw].filter((w) => cw.has(w)).length / Math.max(1, gw.size);
        return overlap >= 0.8 && nc.length <= 1.5 * ng.length + 20;
      });
      return {
        quote: gq.content.slice(0, 40),
        kind: gq.kind,
        found: !!hit,
        speaker: !!hit && entIs(hit.speaker, gq.speaker),
        cue: !gq.cue || (!!hit && norm(hit.cue?.text) === norm(gq.cue)),
        addressee: !gq.addressee || (!!hit && entIs(hit.addressee, gq.addressee)),
        date: !gq.date || (!!hit && (hit.date ?? '').slice(0, 10) === gq.date),
      };
    });

  const u16Index = (needle: string, occurrence: number) => {
    let idx = -1;
    for (let i = 0; i < occurrence; i++) {
      idx = text.indexOf(needle, idx + 1);
      if (idx < 0) return -1;
    }
    return idx;
  };
  const dateDetail = g.dates
    .filter((d) => !d.optional)
    .map((d) => {
      const s = u16Index(d.text, d.occurrence ?? 1);
      const e = s + d.text.length;
      const t = s < 0 ? undefined : p.timexes.find((t) => t.start < e && t.end > s && String(t.value ?? '').slice(0, 10) === d.value);
      return { text: d.text, value: d.value, right: !!t, found: t?.value ?? null };
    });

  const people = g.entities.filter((e) => e.type === 'PERSON');
  const peopleDetail = people.map((ge) => {
    const iso = (ge.country ?? '').length === 3;
    const surname = norm(ge.name).split(' ').at(-1)!;
    const e = p.entities.find((e) => ['PERSON', 'PER'].includes(e.type) && norm(e.name).split(' ').includes(surname) && (!iso || (e.country ?? '').toUpperCase() === ge.country));
    return { name: ge.name, right: !!e, found: e ? `${e.name} (${e.country}, ${e.role})` : null };
  });

  const eventDetail = g.events
    .filter((e) => !e.optional)
    .map((ge) => {
      const hit = p.events.some((e) => {
        const root = String(e.root ?? String(e.cameo).slice(0, 2));
        if (root !== ge.cameo_root) return false;
        const fwd = entIs(e.source, ge.source) && entIs(e.target, ge.target);
        const rev = entIs(e.source, ge.target) && entIs(e.target, ge.source);
        return fwd || (rev && /reciprocal|either direction/.test(ge.note ?? ''));
      });
      return { event: ge.evidence, root: ge.cameo_root, found: hit };
    });

  const direct = quoteDetail.filter((d) => d.kind === 'direct' || d.kind === 'partial');
  const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
  return {
    quotes: {
      with_right_speaker: count(quoteDetail, (d) => d.found && d.speaker),
      of: quoteDetail.length,
      addressee_ok: count(quoteDetail, (d) => d.addressee),
      date_ok: count(quoteDetail, (d) => d.date),
      cue_ok: count(quoteDetail, (d) => d.found && d.cue),
      detail: quoteDetail,
    },
    quotes_direct: { with_right_speaker: count(direct, (d) => d.found && d.speaker), of: direct.length },
    dates: { right: count(dateDetail, (d) => d.right), of: dateDetail.length, detail: dateDetail },
    people: { right_with_country: count(peopleDetail, (d) => d.right), of: peopleDetail.length, detail: peopleDetail },
    events: { right: count(eventDetail, (d) => d.found), of: eventDetail.length, detail: eventDetail },
  };
}

export function seedSummary(r: ReturnType<typeof scoreSeed>): string {
  return (
    `seed: quotes ${r.quotes.with_right_speaker}/${r.quotes.of} with speaker (${r.quotes_direct.with_right_speaker}/${r.quotes_direct.of} direct), ` +
    `cues ${r.quotes.cue_ok}/${r.quotes.of}, addressees ${r.quotes.addressee_ok}/${r.quotes.of}, quote dates ${r.quotes.date_ok}/${r.quotes.of}, ` +
    `dates ${r.dates.right}/${r.dates.of}, people ${r.people.right_with_country}/${r.people.of}, events ${r.events.right}/${r.events.of}`
  );
}
