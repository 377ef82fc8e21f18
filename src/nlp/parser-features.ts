// Feature extraction for the parser: Zhang & Nivre (2011)-style templates over the stack (s0 s1 s2),
// the buffer (b0 b1 b2), their leftmost/rightmost dependents, labels, distance and valency, adapted
// to arc-hybrid (where the arc candidates are s0←b0 and s1→s0). Every feature is a 32-bit hash of
// (template id, values) written into a caller-owned Int32Array: no allocation per token.
import type { ParseState } from './parser-state.js';

/** One sentence prepared for parsing; index 0 is ROOT, words are 1..n. */
export interface ParseInput {
  n: number;
  /** hash of the lower-cased form */
  w: Int32Array;
  /** XPOS id */
  p: Int32Array;
  /** UPOS id */
  u: Int32Array;
  /** hash of the lower-cased 3-letter suffix */
  sf: Int32Array;
  /** ambiguity class: the set of XPOS the word had in training (a shape code for rare words) */
  ac: Int32Array;
  /** false for models trained before ambiguity classes existed (their features are skipped) */
  useClasses: boolean;
}

export const NONE = 0x7f4a7c15;
export const MAX_FEATURES = 128;

function mix(t: number, a: number, b: number, c: number): number {
  let h = Math.imul(t + 0x165667b1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae3d);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 16;
  return h;
}

/** Transition features of the current state into out; returns how many. */
export function transitionFeatures(st: ParseState, x: ParseInput, out: Int32Array): number {
  const w = x.w;
  const p = x.p;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.buf(0);
  const b1 = st.buf(1);
  const b2 = st.buf(2);
  const s0w = s0 >= 0 ? w[s0]! : NONE;
  const s0p = s0 >= 0 ? p[s0]! : NONE;
  const s1w = s1 >= 0 ? w[s1]! : NONE;
  const s1p = s1 >= 0 ? p[s1]! : NONE;
  const s2p = s2 >= 0 ? p[s2]! : NONE;
  const s2w = s2 >= 0 ? w[s2]! : NONE;
  const b0w = b0 >= 0 ? w[b0]! : NONE;
  const b0p = b0 >= 0 ? p[b0]! : NONE;
  const b1w = b1 >= 0 ? w[b1]! : NONE;
  const b1p = b1 >= 0 ? p[b1]! : NONE;
  const b2w = b2 >= 0 ? w[b2]! : NONE;
  const b2p = b2 >= 0 ? p[b2]! : NONE;
  const s0u = s0 >= 0 ? x.u[s0]! : NONE;
  const b0u = b0 >= 0 ? x.u[b0]! : NONE;
  const s0sf = s0 >= 0 ? x.sf[s0]! : NONE;
  const ac = x.ac;
  const s0a = s0 >= 0 ? ac[s0]! : NONE;
  const s1a = s1 >= 0 ? ac[s1]! : NONE;
  const b0a = b0 >= 0 ? ac[b0]! : NONE;
  const b1a = b1 >= 0 ? ac[b1]! : NONE;
  const b0sf = b0 >= 0 ? x.sf[b0]! : NONE;

  // dependents: s0 (left and right), s1 (left and right), b0 (left only in arc-hybrid)
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const s1l = s1 >= 0 ? st.lc1[s1]! : -1;
  const s1r = s1 >= 0 ? st.rc1[s1]! : -1;
  const s1r2 = s1 >= 0 ? st.rc2[s1]! : -1;
  const b0l = b0 >= 0 ? st.lc1[b0]! : -1;
  const b0l2 = b0 >= 0 ? st.lc2[b0]! : -1;
  const s0lw = s0l >= 0 ? w[s0l]! : NONE;
  const s0lp = s0l >= 0 ? p[s0l]! : NONE;
  const s0ll = s0l >= 0 ? st.label[s0l]! : NONE;
  const s0l2p = s0l2 >= 0 ? p[s0l2]! : NONE;
  const s0l2l = s0l2 >= 0 ? st.label[s0l2]! : NONE;
  const s0rw = s0r >= 0 ? w[s0r]! : NONE;
  const s0rp = s0r >= 0 ? p[s0r]! : NONE;
  const s0rl = s0r >= 0 ? st.label[s0r]! : NONE;
  const s0r2p = s0r2 >= 0 ? p[s0r2]! : NONE;
  const s0r2l = s0r2 >= 0 ? st.label[s0r2]! : NONE;
  const s1lp = s1l >= 0 ? p[s1l]! : NONE;
  const s1ll = s1l >= 0 ? st.label[s1l]! : NONE;
  const s1rw = s1r >= 0 ? w[s1r]! : NONE;
  const s1rp = s1r >= 0 ? p[s1r]! : NONE;
  const s1rl = s1r >= 0 ? st.label[s1r]! : NONE;
  const s1r2l = s1r2 >= 0 ? st.label[s1r2]! : NONE;
  const b0lw = b0l >= 0 ? w[b0l]! : NONE;
  const b0lp = b0l >= 0 ? p[b0l]! : NONE;
  const b0ll = b0l >= 0 ? st.label[b0l]! : NONE;
  const b0l2p = b0l2 >= 0 ? p[b0l2]! : NONE;
  const b0l2l = b0l2 >= 0 ? st.label[b0l2]! : NONE;

  const d0 = s0 >= 0 && b0 >= 0 ? Math.min(b0 - s0, 6) : NONE; // s0–b0 distance, capped
  const d1 = s1 >= 0 && s0 >= 0 ? Math.min(s0 - s1, 6) : NONE; // s1–s0 distance
  const s0vl = s0 >= 0 ? st.nLeft[s0]! : NONE;
  const s0vr = s0 >= 0 ? st.nRight[s0]! : NONE;
  const s1vr = s1 >= 0 ? st.nRight[s1]! : NONE;
  const s1vl = s1 >= 0 ? st.nLeft[s1]! : NONE;
  const b0vl = b0 >= 0 ? st.nLeft[b0]! : NONE;
  const s0ls = s0 >= 0 ? st.lsetLo[s0]! ^ Math.imul(st.lsetHi[s0]!, 31) : NONE;
  const s0rs = s0 >= 0 ? st.rsetLo[s0]! ^ Math.imul(st.rsetHi[s0]!, 31) : NONE;
  const s1rs = s1 >= 0 ? st.rsetLo[s1]! ^ Math.imul(st.rsetHi[s1]!, 31) : NONE;
  const s1ls = s1 >= 0 ? st.lsetLo[s1]! ^ Math.imul(st.lsetHi[s1]!, 31) : NONE;
  const b0ls = b0 >= 0 ? st.lsetLo[b0]! ^ Math.imul(st.lsetHi[b0]!, 31) : NONE;
  // is there punctuation / a verb between s1 and s0? cheap proxies are the distance features
  const bias = 1;

  let k = 0;
  out[k++] = mix(0, bias, 0, 0);
  // unigrams
  out[k++] = mix(1, s0w, s0p, 0);
  out[k++] = mix(2, s0w, 0, 0);
  out[k++] = mix(3, s0p, 0, 0);
  out[k++] = mix(4, s1w, s1p, 0);
  out[k++] = mix(5, s1w, 0, 0);
  out[k++] = mix(6, s1p, 0, 0);
  out[k++] = mix(7, b0w, b0p, 0);
  out[k++] = mix(8, b0w, 0, 0);
  out[k++] = mix(9, b0p, 0, 0);
  out[k++] = mix(10, b1w, b1p, 0);
  out[k++] = mix(11, b1w, 0, 0);
  out[k++] = mix(12, b1p, 0, 0);
  out[k++] = mix(13, b2w, b2p, 0);
  out[k++] = mix(14, b2p, 0, 0);
  out[k++] = mix(15, s2p, 0, 0);
  out[k++] = mix(16, s2w, s2p, 0);
  out[k++] = mix(17, s0u, b0u, 0);
  out[k++] = mix(18, s0sf, s0p, 0);
  out[k++] = mix(19, b0sf, b0p, 0);
  // pairs s0–b0
  out[k++] = mix(20, s0w, s0p, mix(0, b0w, b0p, 0));
  out[k++] = mix(21, s0w, s0p, b0w);
  out[k++] = mix(22, s0w, b0w, b0p);
  out[k++] = mix(23, s0w, s0p, b0p);
  out[k++] = mix(24, s0p, b0w, b0p);
  out[k++] = mix(25, s0w, b0w, 0);
  out[k++] = mix(26, s0p, b0p, 0);
  out[k++] = mix(27, b0p, b1p, 0);
  // pairs s1–s0 (the RIGHT arc candidate)
  out[k++] = mix(28, s1w, s1p, mix(0, s0w, s0p, 0));
  out[k++] = mix(29, s1w, s1p, s0p);
  out[k++] = mix(30, s1p, s0w, s0p);
  out[k++] = mix(31, s1w, s0w, 0);
  out[k++] = mix(32, s1p, s0p, 0);
  out[k++] = mix(33, s1w, s1p, b0p);
  out[k++] = mix(34, s1p, b0w, b0p);
  // triples of tags
  out[k++] = mix(35, b0p, b1p, b2p);
  out[k++] = mix(36, s0p, b0p, b1p);
  out[k++] = mix(37, s1p, s0p, b0p);
  out[k++] = mix(38, s2p, s1p, s0p);
  out[k++] = mix(39, s0p, s0lp, b0p);
  out[k++] = mix(40, s0p, s0rp, b0p);
  out[k++] = mix(41, s0p, b0p, b0lp);
  out[k++] = mix(42, s1p, s0p, s0lp);
  out[k++] = mix(43, s1p, s0p, s0rp);
  out[k++] = mix(44, s1p, s1rp, s0p);
  out[k++] = mix(45, s1p, s1lp, s0p);
  out[k++] = mix(46, s0w, b0p, b1p);
  out[k++] = mix(47, s1p, s0p, b1p);
  // distance
  out[k++] = mix(48, s0w, d0, 0);
  out[k++] = mix(49, s0p, d0, 0);
  out[k++] = mix(50, b0w, d0, 0);
  out[k++] = mix(51, b0p, d0, 0);
  out[k++] = mix(52, s0w, b0w, d0);
  out[k++] = mix(53, s0p, b0p, d0);
  out[k++] = mix(54, s1p, s0p, d1);
  out[k++] = mix(55, s1w, s0w, d1);
  out[k++] = mix(56, s1p, d1, 0);
  out[k++] = mix(57, s0p, d1, 0);
  // valency
  out[k++] = mix(58, s0w, s0vr, 0);
  out[k++] = mix(59, s0p, s0vr, 0);
  out[k++] = mix(60, s0w, s0vl, 0);
  out[k++] = mix(61, s0p, s0vl, 0);
  out[k++] = mix(62, b0w, b0vl, 0);
  out[k++] = mix(63, b0p, b0vl, 0);
  out[k++] = mix(64, s1p, s1vr, 0);
  out[k++] = mix(65, s1p, s1vl, 0);
  // dependents' words, tags and labels
  out[k++] = mix(66, s0lw, 0, 0);
  out[k++] = mix(67, s0lp, 0, 0);
  out[k++] = mix(68, s0ll, 0, 0);
  out[k++] = mix(69, s0rw, 0, 0);
  out[k++] = mix(70, s0rp, 0, 0);
  out[k++] = mix(71, s0rl, 0, 0);
  out[k++] = mix(72, b0lw, 0, 0);
  out[k++] = mix(73, b0lp, 0, 0);
  out[k++] = mix(74, b0ll, 0, 0);
  out[k++] = mix(75, s1rw, 0, 0);
  out[k++] = mix(76, s1rp, 0, 0);
  out[k++] = mix(77, s1rl, 0, 0);
  out[k++] = mix(78, s1ll, 0, 0);
  out[k++] = mix(79, s0l2p, 0, 0);
  out[k++] = mix(80, s0l2l, 0, 0);
  out[k++] = mix(81, s0r2p, 0, 0);
  out[k++] = mix(82, s0r2l, 0, 0);
  out[k++] = mix(83, b0l2p, 0, 0);
  out[k++] = mix(84, b0l2l, 0, 0);
  // third order
  out[k++] = mix(85, s0p, s0ll, s0l2l);
  out[k++] = mix(86, s0p, s0rl, s0r2l);
  out[k++] = mix(87, b0p, b0ll, b0l2l);
  out[k++] = mix(88, s1p, s1rl, s1r2l);
  out[k++] = mix(89, s0p, s0lp, s0l2p);
  out[k++] = mix(90, s0p, s0rp, s0r2p);
  out[k++] = mix(91, b0p, b0lp, b0l2p);
  // label sets
  out[k++] = mix(92, s0w, s0ls, 0);
  out[k++] = mix(93, s0p, s0ls, 0);
  out[k++] = mix(94, s0w, s0rs, 0);
  out[k++] = mix(95, s0p, s0rs, 0);
  out[k++] = mix(96, b0w, b0ls, 0);
  out[k++] = mix(97, b0p, b0ls, 0);
  out[k++] = mix(98, s1p, s1rs, 0);
  out[k++] = mix(99, s1p, s1ls, 0);
  // word + child combinations
  out[k++] = mix(100, s0w, s0ll, b0p);
  out[k++] = mix(101, s0p, s0rl, b0p);
  out[k++] = mix(102, s0p, b0p, b0ll);
  out[k++] = mix(103, s1p, s0p, s0rl);
  out[k++] = mix(104, s1p, s1rl, s0p);
  out[k++] = mix(105, s0w, b0w, b1p);
  out[k++] = mix(106, s1w, s0p, b0p);
  // ambiguity classes: robust to tagger errors (they do not depend on the predicted tag)
  if (!x.useClasses) return k;
  out[k++] = mix(107, s0a, s0p, 0);
  out[k++] = mix(108, b0a, b0p, 0);
  out[k++] = mix(109, b1a, b1p, 0);
  out[k++] = mix(110, s1a, s1p, 0);
  out[k++] = mix(111, s0a, b0a, 0);
  out[k++] = mix(112, s1a, s0a, 0);
  out[k++] = mix(113, s0a, b0a, b1a);
  out[k++] = mix(114, s0p, b0a, b0p);
  return k;
}

/**
 * Label features for the arc h → d (h may be 0 = ROOT). The dependent is complete when its arc is
 * made (arc-hybrid pops it), so its own dependents' labels are known.
 */
export function labelFeatures(st: ParseState, x: ParseInput, h: number, d: number, out: Int32Array): number {
  const w = x.w;
  const p = x.p;
  const hw = w[h]!;
  const hp = p[h]!;
  const dw = w[d]!;
  const dp = p[d]!;
  const du = x.u[d]!;
  const dsf = x.sf[d]!;
  const da = x.ac[d]!;
  const ha = x.ac[h]!;
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8) * dir;
  const dls = st.lsetLo[d]! ^ Math.imul(st.lsetHi[d]!, 31);
  const drs = st.rsetLo[d]! ^ Math.imul(st.rsetHi[d]!, 31);
  const hls = st.lsetLo[h]! ^ Math.imul(st.lsetHi[h]!, 31);
  const hrs = st.rsetLo[h]! ^ Math.imul(st.rsetHi[h]!, 31);
  const dl = st.lc1[d]!;
  const dr = st.rc1[d]!;
  const dlp = dl >= 0 ? p[dl]! : NONE;
  const dlw = dl >= 0 ? w[dl]! : NONE;
  const dll = dl >= 0 ? st.label[dl]! : NONE;
  const drp = dr >= 0 ? p[dr]! : NONE;
  const drl = dr >= 0 ? st.label[dr]! : NONE;
  const dprev = d > 1 ? p[d - 1]! : NONE;
  const dnext = d < x.n ? p[d + 1]! : NONE;
  const hprev = h > 1 ? p[h - 1]! : NONE;
  const hnext = h > 0 && h < x.n ? p[h + 1]! : NONE;
  // h's own head and label are not known yet (arc-hybrid attaches a word when it is popped)
  const hlw = st.lc1[h]! >= 0 ? w[st.lc1[h]!]! : NONE;

  let k = 0;
  out[k++] = mix(200, 1, 0, 0);
  out[k++] = mix(201, dw, dp, 0);
  out[k++] = mix(202, dw, 0, 0);
  out[k++] = mix(203, dp, dir, 0);
  out[k++] = mix(204, hw, hp, 0);
  out[k++] = mix(205, hp, dir, 0);
  out[k++] = mix(206, hp, dp, dir);
  out[k++] = mix(207, hw, dp, dir);
  out[k++] = mix(208, hp, dw, dir);
  out[k++] = mix(209, hw, dw, dir);
  out[k++] = mix(210, hp, dp, dist);
  out[k++] = mix(211, dw, dir, 0);
  out[k++] = mix(212, du, dir, 0);
  out[k++] = mix(213, dsf, dp, dir);
  out[k++] = mix(214, dp, dls, 0);
  out[k++] = mix(215, dp, drs, 0);
  out[k++] = mix(216, dp, dls, drs);
  out[k++] = mix(217, hp, hls, dir);
  out[k++] = mix(218, hp, hrs, dir);
  out[k++] = mix(219, hp, dp, hls);
  out[k++] = mix(220, dp, dlp, dll);
  out[k++] = mix(221, dp, drp, drl);
  out[k++] = mix(222, dp, dlw, 0);
  out[k++] = mix(223, dprev, dp, dnext);
  out[k++] = mix(224, hprev, hp, hnext);
  out[k++] = mix(225, hp, dp, dprev);
  out[k++] = mix(226, hp, dp, dnext);
  out[k++] = mix(227, hlw, hp, dp);
  out[k++] = mix(228, hw, hls, dir);
  out[k++] = mix(230, dw, hw, 0);
  out[k++] = mix(231, hp, dp, drs);
  out[k++] = mix(232, dp, dir, dist);
  out[k++] = mix(233, dw, dp, hp);
  if (!x.useClasses) return k;
  out[k++] = mix(234, da, dp, dir);
  out[k++] = mix(235, ha, hp, da);
  return k;
}
