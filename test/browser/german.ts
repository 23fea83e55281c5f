import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { de } from '../../web/src/i18n/messages/de/index.ts';
import { en } from '../../web/src/i18n/messages/en/index.ts';

/**
 * The catalogue's English messages that read differently in German (and are no German message
 * themselves, as "Likes" is): none may show on a German page. (A word the dashboard shows but no catalogue holds is caught before the browser, by the
 * source check in web/src/i18n/catalogue.test.ts.)
 */
const GERMAN = new Set<string>(Object.values(de));
const ENGLISH_ONLY = new Set<string>(
  Object.entries(en)
    .filter(([key, text]) => !/[{<]/.test(text) && de[key as keyof typeof de] !== text && !GERMAN.has(text))
    .map(([, text]) => text),
);

/** Every piece of text a person reads or hears on the page: text nodes, and the names of controls. */
async function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    return found;
  });
}

/** The page is German: `lang="de"`, and not one of the catalogue's English messages shows. */
export async function expectGerman(page: Page, screen: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang), `${screen}: lang`).toBe('de');
  const english = (await visibleWords(page)).filter((text) => ENGLISH_ONLY.has(text));
  expect(english, `${screen}: English words on a German page`).toEqual([]);
}
