/**
 * Finds English sentences left in TypeScript: string and template literals that read like prose
 * (three or more words), outside the places where English is right: log calls (log lines stay
 * English and static), `new Error(...)` (a bug's message, never shown: the operator sees
 * "internal error"), imports, type positions, config `.describe()` (the README's settings table),
 * and lines marked `// i18n-exempt: <why>` (a prompt for Claude, a shell command, a file format).
 *
 *   npx tsx tests/support/english-scan.ts [dir-or-file…]     (default: src)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Whole files whose strings are not messages to a person. */
export const EXEMPT_FILES: Record<string, string> = {
  'src/intents/prompts.ts': 'the system prompt and tool texts Claude reads (English by design)',
  'src/config.ts': 'start-up configuration errors, printed to the terminal before any chat exists, like log lines',
  'src/config-schema.ts': 'start-up configuration errors and the README settings table',
  'src/log.ts': 'the logger itself',
};

const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
const MARK = 'i18n-exempt';

/** Prose: three words of letters in a row (after placeholders are removed), not a path, flag list or key. */
export function looksEnglish(text: string): boolean {
  if (/^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|PRAGMA|BEGIN)\b/.test(text)) return false;
  const t = text.replace(/<[^>]+>/g, ' ');
  if (!/[a-z]{2,}/.test(t)) return false;
  const words = t.split(/[\s]+/).filter(Boolean);
  let run = 0;
  for (const w of words) {
    // a word: letters with an optional trailing punctuation, no path or option syntax
    if (/^[(“"']?[A-Za-z][a-z]*(?:'[a-z]+)?[)”"',.;:!?]*$/.test(w) && !/^-/.test(w)) {
      run++;
      if (run >= 3) return true;
    } else run = 0;
  }
  return false;
}

function calleeName(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return `${calleeName(expr.expression)}.${expr.name.text}`;
  if (ts.isCallExpression(expr)) return `${calleeName(expr.expression)}()`;
  if (ts.isElementAccessExpression(expr)) return `${calleeName(expr.expression)}[]`;
  if (ts.isNonNullExpression(expr) || ts.isParenthesizedExpression(expr)) return calleeName(expr.expression);
  if (expr.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return '?';
}

function isLogCall(call: ts.CallExpression): boolean {
  if (!ts.isPropertyAccessExpression(call.expression)) return false;
  const method = call.expression.name.text;
  const target = calleeName(call.expression.expression);
  return LOG_METHODS.has(method) && /(^|\.)(log|logger|console|child\(\))$|\.child\(\)$|log\(\)$/i.test(target);
}

function exemptByContext(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isTypeNode(p)) return true;
    if (ts.isNewExpression(p) && ts.isIdentifier(p.expression) && /Error$/.test(p.expression.text) && !/^(UserError|ExternalError)$/.test(p.expression.text)) return true;
    if (ts.isCallExpression(p)) {
      if (isLogCall(p)) return true;
      const name = calleeName(p.expression);
      // config docs (the README's settings table)
      if (/\.describe$/.test(name)) return true;
    }
    if (ts.isSourceFile(p)) break;
  }
  return false;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' X ');
  return undefined;
}

export function scanSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split('\n');
  const out: Finding[] = [];
  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== undefined) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const marked = lines[line]?.includes(MARK) || lines[line - 1]?.includes(MARK);
      if (!marked && looksEnglish(text) && !exemptByContext(node)) out.push({ file, line: line + 1, text: text.slice(0, 100) });
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function tsFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((e) => tsFiles(join(path, e)));
}

export function scan(paths: string[], root = process.cwd()): Finding[] {
  return paths
    .flatMap((p) => tsFiles(join(root, p)))
    .map((f) => relative(root, f))
    .filter((f) => !(f in EXEMPT_FILES))
    .flatMap((f) => scanSource(f, readFileSync(join(root, f), 'utf8')));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/tests\//, '/tests/'))) {
  const found = scan(process.argv.slice(2).length ? process.argv.slice(2) : ['src']);
  for (const f of found) console.log(`${f.file}:${f.line}: ${f.text}`);
  console.log(`${found.length} English sentence(s) outside locales/en.ftl`);
}
