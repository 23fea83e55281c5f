import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/**
 * The words a person would read in the dashboard's source that do not come from a message
 * catalogue: JSX text, the attributes a person reads or hears (label, title, alt, aria-label…),
 * `toast('…')`, `label:`/`title:` in option and tab lists, and any other string that reads as a
 * sentence (a capitalised word, a space, a word: `'Paid on ${day}'`) wherever code builds it,
 * but an object's key. For the catalogue test; run it to
 * list what a file still shows untranslated:
 *
 *   node --import tsx web/src/i18n/source-words.ts [file …]
 */
const WEB = join(import.meta.dirname, '..');

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'label',
  'title',
  'hint',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
  'description',
  'emptyTitle',
]);
/** Calls whose first argument a person reads. */
const READ_CALLS = new Set(['toast', 'confirm', 'alert']);
/** Object properties whose value a person reads (tab and option lists). */
const READ_PROPERTIES = new Set(['label', 'title', 'hint', 'text', 'message']);

/** A literal that starts as a sentence does ("Approved from …"); class names, ids and keys never do. */
const SENTENCE = /^\s*\p{Lu}\p{Ll}+(?:[’']\p{Ll}+)? \p{Ll}/u;

/** Names, the same in every language. */
const NAMES = new Set([
  'Embassy',
  'Shopify',
  'Instagram',
  'TikTok',
  'YouTube',
  'X',
  'CSV',
  'JSON',
  'IBAN',
  'BIC',
]);

type Node = { type: string; start: number; end: number; [field: string]: unknown };

/** The dashboard's source files (web/src, relative), but tests and the catalogues themselves. */
export function sourceFiles(dir = WEB): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('i18n/'))
    .map((file) => relative(WEB, join(dir, file)).replaceAll('\\', '/'))
    .sort();
}

/** The words a person would read in one source file (relative to web/src) that no catalogue gave. */
export function untranslated(file: string): string[] {
  const code = readFileSync(join(WEB, file), 'utf8');
  const program = parseAst(code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }) as unknown as Node;
  const found: string[] = [];
  const text = (node: Node) => code.slice(node.start, node.end);
  /** Literals a rule above the sentence rule has named already. */
  const named = new Set<Node>();
  const visit = (node: Node, parent?: Node) => {
    // Types, imports and exports hold no words a person reads.
    if (
      node.type.startsWith('TS') ||
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration'
    )
      return;
    if (node.type === 'JSXText' && hasWords(String(node.value))) found.push(String(node.value).trim());
    else if (node.type === 'JSXAttribute') {
      const name = text(node.name as Node);
      const value = node.value as Node | null;
      const literal = value?.type === 'JSXExpressionContainer' ? (value.expression as Node) : value;
      if (literal) named.add(literal);
      if (READ_ATTRIBUTES.has(name) && literal && isWordsLiteral(literal))
        found.push(`${name}=${text(literal)}`);
    } else if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const first = (node.arguments as Node[])[0];
      if (
        callee.type === 'Identifier' &&
        READ_CALLS.has(String(callee.name)) &&
        first &&
        isWordsLiteral(first)
      ) {
        named.add(first);
        found.push(`${String(callee.name)}(${text(first)})`);
      }
    } else if (node.type === 'Property') {
      const key = node.key as Node;
      const name = key.type === 'Identifier' ? String(key.name) : '';
      named.add(key);
      if (READ_PROPERTIES.has(name) && isWordsLiteral(node.value as Node)) {
        named.add(node.value as Node);
        found.push(`${name}: ${text(node.value as Node)}`);
      }
    } else if (!named.has(node) && isSentenceLiteral(node) && parent?.type !== 'JSXAttribute')
      found.push(text(node));
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item, node);
      if (isNode(child)) visit(child, node);
    }
  };
  visit(program);
  return found;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function hasWords(value: string): boolean {
  return /\p{L}{2,}/u.test(value) && !NAMES.has(value.trim());
}

/** A string or template literal that starts as a sentence: built in code, it reaches a screen. */
function isSentenceLiteral(node: Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string' && SENTENCE.test(node.value);
  if (node.type === 'TemplateLiteral')
    return SENTENCE.test(
      String(((node.quasis as Node[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? ''),
    );
  return false;
}

/** A string or template literal with words in it (a template's fixed parts). */
function isWordsLiteral(node: Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string' && hasWords(node.value);
  if (node.type === 'TemplateLiteral')
    return (node.quasis as Node[]).some((quasi) =>
      hasWords(String((quasi.value as { cooked?: string }).cooked ?? '')),
    );
  return false;
}

if (process.argv[1] === import.meta.filename) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : sourceFiles();
  for (const file of files) for (const words of untranslated(file)) console.log(`${file}: ${words}`);
}
