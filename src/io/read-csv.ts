// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), one pass over the text. Runs of
// plain characters are taken as one slice: appending character by character built a rope of one
// node per character (tens of MB of garbage for a 1 MB file).
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const n = content.length;
  let i = 0;
  while (i < n) {
    if (quoted) {
      const q = content.indexOf('"', i);
      if (q < 0) {
        field += content.slice(i);
        break;
      }
      field += content.slice(i, q);
      if (content.charCodeAt(q + 1) === 34) {
        field += '"';
        i = q + 2;
      } else {
        quoted = false;
        i = q + 1;
      }
      continue;
    }
    let j = i;
    for (; j < n; j++) {
      const c = content.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13 || c === 34) break;
    }
    if (j > i) {
      field += content.slice(i, j);
      i = j;
      if (i >= n) break;
    }
    const c = content.charCodeAt(i);
    if (c === 34) {
      // a quote opens a quoted field only at its start; elsewhere it is a character
      if (field === '') quoted = true;
      else field += '"';
    } else if (c === 44) {
      row.push(field);
      field = '';
    } else {
      if (c === 13 && content.charCodeAt(i + 1) === 10) i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    }
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
