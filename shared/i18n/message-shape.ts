import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

/**
 * What a translation must keep of an ICU message: its arguments with their kinds, its tags, its
 * plural and select forms. Two messages with the same shape take the same values. For the
 * catalogue tests (it parses with FormatJS's own parser, so a message that does not parse throws).
 */
export function messageShape(message: string): string[] {
  const found: string[] = [];
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.argument) found.push(`{${element.value}}`);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
        found.push(`{${element.value}, ${TYPE[element.type]}}`);
      else if (element.type === TYPE.plural) {
        // Every plural needs `other`; exact matches (`=0`) must be kept, `one` is the language's own.
        const exact = Object.keys(element.options).filter((option) => option.startsWith('='));
        const other = 'other' in element.options ? 'other' : 'NO OTHER FORM';
        found.push(`{${element.value}, plural: ${[...exact.sort(), other].join(' ')}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.select) {
        found.push(`{${element.value}, select: ${Object.keys(element.options).sort().join(' ')}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        found.push(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...new Set(found)].sort();
}
