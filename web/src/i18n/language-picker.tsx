import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';
import { api, ok } from '../api/client.ts';
import { currentUser } from '../auth/session.ts';
import { toast } from '../ui/toast.tsx';
import { setLanguage, t, useLanguage } from './i18n.ts';

/**
 * The header's language picker: each language named in itself. The choice is kept in this
 * browser and, for someone signed in, in their profile, so their emails follow it too.
 */
export function LanguagePicker() {
  const language = useLanguage();
  const choose = async (next: Language) => {
    await setLanguage(next, { remember: true });
    if (currentUser()) await saveToProfile(next);
  };
  return (
    <select
      class="language-picker"
      aria-label={t('app.language')}
      value={language}
      onChange={(event) => void choose((event.target as HTMLSelectElement).value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}

async function saveToProfile(language: Language): Promise<void> {
  try {
    await ok(api.accounts.api.me.profile.$patch({ json: { language } }));
  } catch {
    toast(t('app.languageNotSaved'), 'error');
  }
}

/**
 * Once someone is signed in, their profile's language is the one that counts: the dashboard
 * switches to it. A profile without one takes the choice made in this browser, if any.
 */
export async function applyProfileLanguage(chosenHere: Language | undefined): Promise<void> {
  const profile = await ok(api.accounts.api.me.profile.$get());
  if (profile.language) await setLanguage(profile.language, { remember: true });
  else if (chosenHere) await saveToProfile(chosenHere);
}
