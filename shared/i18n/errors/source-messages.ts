import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/**
 * The error messages the server's source can answer with, as the German catalogue keys them: the
 * literal messages of the throw helpers (`conflict('…')`, `notFound('…')`, `new AppError(code,
 * '…')`, …) and of the schemas (`message:`/`error:` in zod checks and issues), a template's
 * parts as `{name}` placeholders. For the catalogue test; run it to list them:
 *
 *   node --import tsx shared/i18n/errors/source-messages.ts
 */
const ROOT = join(import.meta.dirname, '../../..');
const DIRS = ['shared', 'functions'];

/** Calls whose argument at the index is an error message. */
const MESSAGE_CALLS: Record<string, number> = {
  conflict: 0,
  validationFailed: 0,
  notFound: 0,
  forbidden: 0,
  unauthorized: 0,
  retryOptimistic: 0,
  // shared/webhooks/destination.ts and shared/submissions/post-url.ts: why a link is refused.
  refused: 1,
  refuse: 0,
};
/** zod checks whose last argument, when it is a literal, is the message of their issue. */
const ZOD_CHECKS = new Set(['regex', 'refine', 'min', 'max', 'length', 'nonempty', 'email', 'url', 'int']);
/** Functions whose returned words are the message of an issue or an error (a field's problem). */
const MESSAGE_RETURNS = new Set([
  'checkAnswer',
  'fileNameProblem',
  'signatureProblem',
  'checkHost',
  'notAPost',
  'ibanProblem',
]);
/** Calls of one file's own that take a message (the error mapper writes its bodies itself). */
const FILE_CALLS: Record<string, Record<string, number>> = { 'functions/http/error-mapper.ts': { body: 1 } };
/** Constructors whose argument at the index is an error message. */
const MESSAGE_CLASSES: Record<string, number> = { AppError: 1, RateLimitedError: 0 };
/** Object properties whose value is a message a person reads: zod's and the issues' (`{ path, message }`). */
const MESSAGE_PROPERTIES = new Set(['message', 'error']);

/**
 * Files whose `message:` words are not an error's: log lines, webhook payloads, and what a
 * screen shows beside the data (caption flags, metric flags, a code's state in the shop).
 */
const NOT_ERRORS = new Set([
  // The referral redirect answers with its own small bodies, not through the API's error mapper.
  'functions/redirect.handler.ts',
  'shared/platform/log.ts',
  'shared/reports/counted-log.ts',
  'shared/webhooks/manage-webhooks.service.ts',
  'shared/webhooks/send-webhook.ts',
  'shared/webhooks/deliver-webhooks.service.ts',
  'shared/submissions/caption-check.ts',
  'shared/content/metrics-rules.ts',
  'shared/shopify/shopify-codes.service.ts',
]);

type Node = { type: string; start: number; end: number; [field: string]: unknown };

/** One message in the source: its words (a template as `{name}` parts) and where it is. */
export type SourceMessage = { message: string; at: string };

/** The server's source files (relative to the repository), but tests and the catalogues. */
export function serverFiles(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .map((file) => `${dir}/${file.replaceAll('\\', '/')}`)
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith('shared/i18n/')),
  ).sort();
}

/**
 * The messages in one file, and the throw sites whose message is not written there (a variable,
 * a call): those are listed so that a test can name where their words come from.
 */
export function messagesIn(
  file: string,
  constants: ReadonlyMap<string, Node> = constantsIn(file),
): { messages: SourceMessage[]; dynamic: string[] } {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const program = parseAst(code, { lang: 'ts' }) as unknown as Node;
  const messages: SourceMessage[] = [];
  const dynamic: string[] = [];
  const line = (node: Node) => code.slice(0, node.start).split('\n').length;
  const text = (node: Node) => code.slice(node.start, node.end);
  const found = (node: Node) => {
    for (const message of wordsOf(node, code)) messages.push({ message, at: `${file}:${line(node)}` });
  };
  const take = (node: Node | undefined, name: string) => {
    if (!node) return;
    const words = wordsOf(
      node.type === 'Identifier' ? (constants.get(String(node.name)) ?? node) : node,
      code,
    );
    if (words.length) for (const message of words) messages.push({ message, at: `${file}:${line(node)}` });
    else
      dynamic.push(
        `${file}: ${name} ← ${text(node).replace(/\s+/g, ' ').replaceAll('${', '{').slice(0, 60)}`,
      );
  };
  const visit = (node: Node, inReturning: boolean) => {
    if (NOT_ERRORS.has(file)) return;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee as Node;
      const name = callee.type === 'Identifier' ? String(callee.name) : '';
      const args = node.arguments as Node[];
      const index =
        node.type === 'CallExpression'
          ? (FILE_CALLS[file]?.[name] ?? MESSAGE_CALLS[name])
          : MESSAGE_CLASSES[name];
      if (index !== undefined) take(args[index], name);
      const method = callee.type === 'MemberExpression' ? String((callee.property as Node).name ?? '') : '';
      const last = args.at(-1);
      if (ZOD_CHECKS.has(method) && args.length > 1 && last) found(last);
    } else if (node.type === 'Property') {
      const key = node.key as Node;
      if (key.type === 'Identifier' && MESSAGE_PROPERTIES.has(String(key.name))) found(node.value as Node);
    } else if (node.type === 'VariableDeclarator' && (node.id as Node).type === 'Identifier') {
      // `const message = … ? '…' : '…'`, passed on by name.
      if ((node.id as Node).name === 'message' && node.init) found(node.init as Node);
    } else if (node.type === 'ReturnStatement' && inReturning && node.argument) {
      found(node.argument as Node);
    }
    const returning =
      inReturning ||
      (node.type === 'FunctionDeclaration' &&
        MESSAGE_RETURNS.has(String((node.id as Node | null)?.name ?? '')));
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item, returning);
      if (isNode(child)) visit(child, returning);
    }
  };
  visit(program, false);
  return { messages, dynamic };
}

/** A file's top-level string constants (`const LAST_OWNER = '…'`), which messages are often passed as. */
function constantsIn(file: string): Map<string, Node> {
  const program = parseAst(readFileSync(join(ROOT, file), 'utf8'), { lang: 'ts' }) as unknown as Node;
  const constants = new Map<string, Node>();
  for (const statement of program.body as Node[]) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node) : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as Node[]) {
      const id = declarator.id as Node;
      const init = declarator.init as Node | null;
      if (id.type === 'Identifier' && init?.type === 'Literal' && typeof init.value === 'string')
        constants.set(String(id.name), init);
    }
  }
  return constants;
}

/** Every message the server's source can answer with, and the throw sites of other messages. */
export function sourceMessages(): { messages: SourceMessage[]; dynamic: string[] } {
  const files = serverFiles();
  // Constants by name across the source: a message constant is exported once and imported by name.
  const constants = new Map(files.flatMap((file) => [...constantsIn(file)]));
  const all = files.map((file) => messagesIn(file, constants));
  return { messages: all.flatMap((m) => m.messages), dynamic: [...new Set(all.flatMap((m) => m.dynamic))] };
}

/**
 * Every string literal in the server's source: a catalogue entry for a part of a message (a
 * table's word such as 'an hour' in `{per}`) is still used while its words are there.
 */
export function sourceStrings(): Set<string> {
  const strings = new Set<string>();
  for (const file of serverFiles()) {
    const visit = (node: Node) => {
      if (node.type === 'Literal' && typeof node.value === 'string') strings.add(node.value);
      for (const child of Object.values(node)) {
        if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item);
        if (isNode(child)) visit(child);
      }
    };
    visit(parseAst(readFileSync(join(ROOT, file), 'utf8'), { lang: 'ts' }) as unknown as Node);
  }
  return strings;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

const hasWords = (value: string) => /\p{L}{2,}/u.test(value);

/**
 * The messages a message expression can be: a literal, a template (its parts `{name}`), each
 * branch of a condition, what an arrow function (zod's `error: (issue) => …`) returns, or the
 * first of a `[message, problem]` pair.
 */
function wordsOf(node: Node, code: string): string[] {
  if (node.type === 'Literal')
    return typeof node.value === 'string' && hasWords(node.value) ? [node.value] : [];
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as Node[];
    const expressions = node.expressions as Node[];
    const names = new Map<string, number>();
    let message = '';
    quasis.forEach((quasi, i) => {
      message += String((quasi.value as { cooked?: string }).cooked ?? '');
      const expression = expressions[i];
      if (!expression) return;
      const base = partName(expression, code);
      const seen = names.get(base) ?? 0;
      names.set(base, seen + 1);
      message += `{${seen ? `${base}${seen + 1}` : base}}`;
    });
    return hasWords(message.replace(/\{\w+\}/g, '')) ? [message] : [];
  }
  if (node.type === 'ConditionalExpression')
    return [...wordsOf(node.consequent as Node, code), ...wordsOf(node.alternate as Node, code)];
  if (node.type === 'ArrowFunctionExpression') return wordsOf(node.body as Node, code);
  // A check that answers `[message, problem]` (shared/submissions/post-url.ts).
  if (node.type === 'ArrayExpression') {
    const first = (node.elements as (Node | null)[])[0];
    return first ? wordsOf(first, code) : [];
  }
  if (node.type === 'LogicalExpression') return wordsOf(node.right as Node, code);
  if (node.type === 'TSAsExpression' || node.type === 'ParenthesizedExpression')
    return wordsOf(node.expression as Node, code);
  return [];
}

/**
 * A template part's placeholder name, from the expression: `what` → what, `figures.likes` →
 * likes, `unknown.join(', ')` → unknown, `format(reward.availableFrom)` → availableFrom.
 */
export function partName(node: Node, code: string): string {
  if (node.type === 'Identifier') return String(node.name);
  if (node.type === 'MemberExpression' && !node.computed) return partName(node.property as Node, code);
  if (node.type === 'CallExpression') {
    const [first] = node.arguments as Node[];
    if (first && (first.type === 'Identifier' || first.type === 'MemberExpression'))
      return partName(first, code);
    const callee = node.callee as Node;
    if (callee.type === 'MemberExpression') return partName(callee.object as Node, code);
    return partName(callee, code);
  }
  if (
    node.type === 'TSAsExpression' ||
    node.type === 'ParenthesizedExpression' ||
    node.type === 'TSNonNullExpression'
  )
    return partName(node.expression as Node, code);
  if (node.type === 'BinaryExpression') return partName(node.left as Node, code);
  return 'value';
}

if (process.argv[1] === import.meta.filename) {
  const { messages, dynamic } = sourceMessages();
  for (const { message, at } of messages) console.log(`${at}\t${message}`);
  for (const site of dynamic) console.log(`dynamic\t${site}`);
}
