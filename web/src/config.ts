import { t } from './i18n/i18n.ts';

/** What `/config.json` tells the dashboard: where the API and the user pool are. */
export type Config = {
  apiBase: string;
  cognito: { region: string; userPoolId: string; clientId: string; endpoint?: string };
};

let loaded: Promise<Config> | undefined;

/** Fetched once per page load; locally it names cognito-local's proxy, in AWS the real pool. */
export function loadConfig(): Promise<Config> {
  loaded ??= fetch('/config.json', { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(t('sentences.config.failed', { status: response.status }));
    return (await response.json()) as Config;
  });
  return loaded;
}

/** True when running against `npm start` (cognito-local), where codes land in the dev outbox. */
export function isLocal(config: Config): boolean {
  return config.cognito.region === 'local';
}
