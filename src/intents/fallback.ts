import type { AnyAction } from '../core/action.js';
import { closestCommand, typoDistance } from '../util/typo.js';
import type { Msg } from '../i18n/index.js';
import { detectLang, normalizeText, type Lang } from './lang.js';
import { unknownNodeProblem, type RawStep } from './plan.js';

/**
 * The deterministic parser used without an API key: keyword tables for status, backup, restart,
 * logs, rollback (and the other backup and fleet reads) in English, Chinese (simplified and
 * traditional) and Japanese, plus node ids and "all" words. It never guesses a node: a typo gets a
 * question back, not an action.
 */

export type FallbackResult =
  | { kind: 'steps'; steps: RawStep[]; lang: Lang }
  /** `msg` is answered in `lang` (src/intents/lang.ts localeOfLang). */
  | { kind: 'clarify' | 'reject' | 'unsupported'; msg: Msg; lang: Lang };

export interface FallbackNode {
  id: string;
  name: string;
}

type Pattern = string | RegExp;

interface Verb {
  action: string;
  /** Changes something: a negated request ("don't restart…") is refused. */
  mutating: boolean;
  /** How the verb takes its nodes. */
  takes: 'target' | 'node' | 'none';
  words: Pattern[];
}

// Order matters: a more specific phrase ("backup history") is consumed before a general one ("backup").
const VERBS: Verb[] = [
  {
    action: 'backups',
    mutating: false,
    takes: 'node',
    words: [/\b(?:list|show)(?: the| all)? backups\b/, /\bbackups (?:of|for|on)\b/, /\bbackup (?:history|list)\b/, /^backups\b/, '备份历史', '备份列表', '备份记录', '哪些备份', '有什么备份', '备份有哪些', 'バックアップ一覧', 'バックアップの一覧', 'バックアップ履歴'],
  },
  { action: 'diff', mutating: false, takes: 'node', words: [/\bdiff\b/, /\bwhat(?: has|'s)? changed\b/, /\bchanges\b/, '改了什么', '变更', '改动', '变化', '差分', '変更', '何が変わ'] },
  { action: 'rollback', mutating: true, takes: 'node', words: [/\broll(?:ed)? ?(?:it |them |this |that )?back\b/, /\brollback\b/, /\brevert\b/, '回滚', '回退', 'ロールバック', '切り戻', '巻き戻'] },
  { action: 'restore', mutating: true, takes: 'node', words: [/\brestore\b/, '还原', '恢复到', '复元', 'リストア'] },
  { action: 'backup', mutating: true, takes: 'target', words: [/\bback ?up\b/, /\bsnapshot\b/, '备份', '快照', 'バックアップ'] },
  { action: 'restart', mutating: true, takes: 'target', words: [/\bre-?start\b/, /\breboot\b/, /\bbounce\b/, '重启', '重新启动', '重开', '再起动', '再启动', 'リスタート'] },
  { action: 'logs', mutating: false, takes: 'node', words: [/\blogs?\b/, '日志', 'ログ'] },
  { action: 'events', mutating: false, takes: 'none', words: [/\bevents?\b/, /\bwhat happened\b/, '事件', '发生了什么', 'イベント', '何があった'] },
  { action: 'nodes', mutating: false, takes: 'none', words: [/\b(?:list|show)(?: the| all| my)? (?:nodes|machines)\b/, /\bwhich nodes\b/, /\bnode list\b/, '节点列表', '哪些节点', '有哪些机器', 'ノード一覧'] },
  { action: 'help', mutating: false, takes: 'none', words: [/\bhelp\b/, /\bwhat can you do\b/, '帮助', '你能做什么', '能做什么', '怎么用', 'ヘルプ', '何ができ'] },
  {
    action: 'status',
    mutating: false,
    takes: 'target',
    words: [
      /\bstatus\b/, /\bhealth(?:y)?\b/, /\bhow(?:'s| is| are)\b/, /\b(?:on|off)line\b/, /\bbroken\b/, /\bdown\b/, /\bcheck\b/, /\bok\?/,
      '状态', '状况', '怎么样', '如何', '还好吗', '好吗', '健康', '在线', '正常吗', '有问题', '出问题', '坏了', '检查', '看看', '大丈夫', '调子', '様子', 'ステータス', 'どう',
    ],
  },
];

const ALL_WORDS: Pattern[] = [/\ball\b/, /\bevery(?:thing|one| node| machine)?\b/, /\beach\b/, /\bwhole (?:fleet|cluster)\b/, '所有', '全部', '全体', '全集群', '每台', '每个', '整个集群', 'すべて', '全て', '全ノード', '全台', '全部のノード'];
const NEGATION: Pattern[] = ['不要', /别(?!的|人)/, '不用', '不必', /\bdon'?t\b/, /\bdo not\b/, /\bnever\b/, 'しないで', 'しなくて', 'やめて'];
const EXCEPT: Pattern[] = ['除了', '以外', '除外', /\bexcept\b/, /\bbut not\b/, /\bother than\b/];
/** A backup ref as /backups shows it: `<node>/<stable|manual|rollback|pre-rollback>/<date…>` or a commit id. */
const REF_RE = /(?:\b[a-z0-9][a-z0-9-]{0,31}\/(?:stable|manual|rollback|pre-rollback)\/[\w.-]+|\b[0-9a-f]{7,40}\b)/;

interface Hit {
  verb: Verb;
  at: number;
}

/** Finds the pattern, returns its position and blanks it out so later patterns cannot reuse it. */
function take(text: { s: string }, p: Pattern): number {
  const m = typeof p === 'string' ? { index: text.s.indexOf(p), 0: p } : p.exec(text.s);
  if (!m || m.index === undefined || m.index < 0) return -1;
  const len = m[0].length;
  text.s = text.s.slice(0, m.index) + ' '.repeat(len) + text.s.slice(m.index + len);
  return m.index;
}

function matchesAny(s: string, ps: Pattern[]): boolean {
  return ps.some((p) => (typeof p === 'string' ? s.includes(p) : p.test(s)));
}

const compact = (s: string) => s.replace(/[-_\s]/g, '');

/** Node ids and names mentioned, in order; tokens that look like node ids but are not known. */
function findNodes(text: { s: string }, nodes: readonly FallbackNode[]): { found: string[]; unknown: string[] } {
  const hits: { id: string; at: number }[] = [];
  const unknown: string[] = [];
  for (const m of text.s.matchAll(/[a-z0-9][a-z0-9_-]*[a-z0-9]|[a-z0-9]/g)) {
    const tok = m[0];
    const node = nodes.find((n) => compact(n.id) === compact(tok));
    if (node) hits.push({ id: node.id, at: m.index });
    else if (/\d/.test(tok) && /[a-z]/.test(tok) && !/^\d+(?:s|m|h|d|ms)$/.test(tok)) unknown.push(tok);
  }
  for (const n of nodes) {
    const name = normalizeText(n.name);
    if (name.length < 3 || compact(name) === compact(n.id)) continue;
    const at = text.s.indexOf(name);
    if (at >= 0) hits.push({ id: n.id, at });
  }
  hits.sort((a, b) => a.at - b.at);
  return { found: [...new Set(hits.map((h) => h.id))], unknown };
}

function nearestCommand(original: string, catalog: readonly AnyAction[], node: string | undefined): string {
  for (const w of original.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    const c = closestCommand(w, catalog);
    // words of a sentence are not typed commands: only a near-certain typo ("restrat") suggests one
    if (c && (typoDistance(w, c) <= 1 || c.startsWith(w))) return `/${c}${node && c !== 'help' ? ` ${node}` : ''}`;
  }
  return node ? `/status ${node}` : '/help';
}

export function parseFallback(original: string, nodes: readonly FallbackNode[], catalog: readonly AnyAction[]): FallbackResult {
  const lang = detectLang(original);
  const norm = normalizeText(original);
  const ids = nodes.map((n) => n.id);
  const work = { s: norm };
  const refMatch = REF_RE.exec(work.s);
  const ref = refMatch?.[0];
  if (refMatch) take(work, refMatch[0]);
  const label = /["“「'](.+?)["”」']/.exec(original)?.[1]?.trim();
  if (label) work.s = work.s.replace(normalizeText(label), ' '.repeat(normalizeText(label).length));

  let hits: Hit[] = [];
  for (const verb of VERBS) {
    let at = -1;
    for (const p of verb.words) {
      const i = take(work, p);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) hits.push({ verb, at });
  }
  const all = ALL_WORDS.some((p) => take(work, p) >= 0);
  const { found, unknown } = findNodes(work, nodes);
  const numberMatch = /(?<![a-z0-9-])(\d{1,4})(?![a-z0-9-])/.exec(work.s.replace(/[a-z0-9][a-z0-9_-]*[a-z][a-z0-9_-]*/g, (m) => ' '.repeat(m.length)));
  const count = numberMatch ? Number(numberMatch[1]) : undefined;

  if (!hits.length) {
    return { kind: 'unsupported', lang, msg: { key: 'nl-needs-key', args: { cmd: nearestCommand(original, catalog, found[0]) } } };
  }
  if (hits.some((h) => h.verb.action !== 'status')) hits = hits.filter((h) => h.verb.action !== 'status');
  if (hits.length > 1) hits = hits.filter((h) => h.verb.action !== 'help');
  hits.sort((a, b) => a.at - b.at);

  const example = `/${hits[0]!.verb.action}${found[0] ? ` ${found[0]}` : ''}`;
  if (hits.some((h) => h.verb.mutating) && matchesAny(norm, NEGATION)) return { kind: 'reject', lang, msg: { key: 'nl-negative', args: { cmd: example } } };
  if (matchesAny(norm, EXCEPT)) return { kind: 'unsupported', lang, msg: { key: 'nl-needs-key', args: { cmd: example } } };
  if (unknown.length && !found.length) return { kind: 'reject', lang, msg: { key: 'nl-rejected', args: { problem: unknownNodeProblem(unknown[0]!, ids) } } };

  const whichNode = (withAll: boolean): Msg => ({ key: withAll ? 'nl-which-node-or-all' : 'nl-which-node', args: { nodes: ids.join(', ') || '—' } });
  const steps: RawStep[] = [];
  for (const { verb } of hits) {
    const a = verb.action;
    if (verb.takes === 'none') {
      steps.push({ action: a, input: a === 'events' && count !== undefined ? { n: count } : {} });
      continue;
    }
    if (verb.takes === 'target') {
      if (all || (a === 'status' && !found.length)) steps.push({ action: a, input: { target: 'all', ...(a === 'backup' && label ? { label } : {}) } });
      else if (!found.length) return { kind: 'clarify', lang, msg: whichNode(true) };
      else for (const id of found) steps.push({ action: a, input: { target: id, ...(a === 'backup' && label ? { label } : {}) } });
      continue;
    }
    // one node per step: a rollback of "all" is asked back, never fanned out
    if (all && !found.length) return { kind: 'clarify', lang, msg: { key: 'nl-one-node-only', args: { action: `/${a}`, nodes: ids.join(', ') || '—' } } };
    if (!found.length) return { kind: 'clarify', lang, msg: whichNode(false) };
    for (const id of found) {
      const input: Record<string, unknown> = { node: id };
      if (a === 'logs' && count !== undefined) input.lines = count;
      if (a === 'backups' && count !== undefined) input.n = count;
      if ((a === 'diff' || a === 'restore') && ref) input.ref = ref;
      if (a === 'restore' && !ref) return { kind: 'clarify', lang, msg: { key: 'nl-need-ref', args: { cmd: `/backups ${id}` } } };
      steps.push({ action: a, input });
    }
  }
  return { kind: 'steps', steps, lang };
}
