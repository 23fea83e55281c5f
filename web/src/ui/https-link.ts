import { HTTPS_ONLY, isPlainHttp } from '../../../shared/https-link.ts';
import { t } from '../i18n/i18n.ts';

export { HTTPS_ONLY };

/**
 * A link as the dashboard sends it: trimmed, with `https://` added to an address typed without a
 * scheme (`example.com/x` → `https://example.com/x`). Anything with a scheme is left as typed,
 * so an `http://` link reaches the same refusal as on the server (shared/https-link.ts).
 */
export function withHttps(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || /^[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed;
  return `https://${trimmed.replace(/^\/+/, '')}`;
}

/** Why a typed link is refused before it is sent, in the reader's language: a plain `http://` link; else nothing. */
export function httpsLinkProblem(text: string): string | undefined {
  return isPlainHttp(text) ? t('sentences.link.http') : undefined;
}
