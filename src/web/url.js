// Which article URLs may become links: only absolute http(s) URLs. Anything else (javascript:,
// data:, file:, relative paths, garbage) is shown as plain text, so a hostile article cannot
// plant a script link even where the CSP would not stop it.
export function safeLinkUrl(url) {
  if (typeof url !== 'string') return null;
  let u;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}
