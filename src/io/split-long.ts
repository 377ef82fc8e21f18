// --split-long: a text over the size limit becomes consecutive parts of whole paragraphs, each
// within the limit (a paragraph longer than the limit is cut at the last space before it). Each part
// is then an article of its own, with its own immutable text and offsets.
export function splitLongText(text: string, max: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = text.lastIndexOf('\n', start + max - 1) + 1;
    if (cut <= start) cut = text.lastIndexOf(' ', start + max - 1) + 1;
    if (cut <= start) cut = start + max;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
    parts.push(text.slice(start, cut));
    start = cut;
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim());
}
