/**
 * The visitor's IP as the edge saw it: CloudFront's `CloudFront-Viewer-Address` (ip:port) when
 * forwarded, else the last `X-Forwarded-For` entry (the one the nearest proxy appended; the
 * first is whatever the client wrote), else the connection's source. The redirect and the API
 * read it the same way, so a click and an ambassador's own visit hash alike.
 */
export function visitorIp(
  header: (name: string) => string | undefined,
  sourceIp: string | undefined,
): string {
  const viewer = header('cloudfront-viewer-address');
  if (viewer) return viewer.replace(/:\d+$/, '');
  const forwarded = (header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? sourceIp ?? '';
}
