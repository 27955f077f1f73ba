import type { Tier } from '../core/types.js';
import type { Lang } from './lang.js';

type Text = Record<Lang, string>;

/** The few sentences the natural-language layer says itself, in the user's language. */
export const MSG = {
  plan: { en: 'Plan', 'zh-Hans': '计划', 'zh-Hant': '計劃', ja: '実行計画' },
  nodesCount: { en: 'nodes', 'zh-Hans': '个节点', 'zh-Hant': '個節點', ja: 'ノード' },
  understood: { en: 'Understood as', 'zh-Hans': '理解为', 'zh-Hant': '理解為', ja: '解釈' },
  needs: {
    read: { en: 'No confirmation needed (read only) — running now.', 'zh-Hans': '只读，无需确认，立即执行。', 'zh-Hant': '唯讀，無需確認，立即執行。', ja: '読み取りのみ・確認不要 — すぐ実行します。' },
    low: { en: 'No confirmation needed (low risk) — running now.', 'zh-Hans': '低风险，无需确认，立即执行。', 'zh-Hant': '低風險，無需確認，立即執行。', ja: '低リスク・確認不要 — すぐ実行します。' },
    medium: { en: 'Medium risk: one confirmation tap.', 'zh-Hans': '中风险：需要点一次确认。', 'zh-Hant': '中風險：需要點一次確認。', ja: '中リスク：確認ボタンを1回押してください。' },
    high: {
      en: 'High risk: a confirmation tap, then the 4-digit safety code.',
      'zh-Hans': '高风险：先点确认，再输入 4 位安全码。',
      'zh-Hant': '高風險：先點確認，再輸入 4 位安全碼。',
      ja: '高リスク：確認ボタンの後、4桁の安全コードを入力してください。',
    },
  } satisfies Record<Tier, Text>,
  stepByStep: {
    en: 'Steps run one after another; each asks for its own confirmation. A step that fails or is cancelled stops the plan.',
    'zh-Hans': '步骤依次执行，每步按其风险单独确认；某步失败或取消则停止。',
    'zh-Hant': '步驟依次執行，每步按其風險單獨確認；某步失敗或取消則停止。',
    ja: '手順は順番に実行し、それぞれ確認します。失敗または取消で計画は止まります。',
  },
  whichNode: {
    en: 'Which node? Known nodes: {nodes}{all}.',
    'zh-Hans': '请问是哪个节点？已知节点：{nodes}{all}。',
    'zh-Hant': '請問是哪個節點？已知節點：{nodes}{all}。',
    ja: 'どのノードですか？ 既知のノード：{nodes}{all}。',
  },
  orAll: { en: ', or "all"', 'zh-Hans': '，或"所有"', 'zh-Hant': '，或「所有」', ja: '、または「全部」' },
  oneNodeOnly: {
    en: '{action} works on one node at a time. Which node? Known nodes: {nodes}.',
    'zh-Hans': '{action} 一次只能针对一个节点。请问是哪个？已知节点：{nodes}。',
    'zh-Hant': '{action} 一次只能針對一個節點。請問是哪個？已知節點：{nodes}。',
    ja: '{action} は一度に1ノードだけです。どのノードですか？ 既知のノード：{nodes}。',
  },
  needRef: {
    en: 'Which backup should it restore? {cmd} lists them; then say e.g. "restore g3s-01 g3s-01/stable/2026-02-14".',
    'zh-Hans': '要还原到哪个备份？用 {cmd} 查看，然后说例如"把 g3s-01 还原到 g3s-01/stable/2026-02-14"。',
    'zh-Hant': '要還原到哪個備份？用 {cmd} 查看，然後說例如「把 g3s-01 還原到 g3s-01/stable/2026-02-14」。',
    ja: 'どのバックアップに戻しますか？ {cmd} で一覧できます。例：「g3s-01 を g3s-01/stable/2026-02-14 にリストア」。',
  },
  negative: {
    en: 'That sounds like you do not want it done, so nothing was done. To run something, send the command, e.g. {cmd}.',
    'zh-Hans': '听起来你并不想执行，所以什么都没做。如需执行请发送命令，例如 {cmd}。',
    'zh-Hant': '聽起來你並不想執行，所以什麼都沒做。如需執行請發送命令，例如 {cmd}。',
    ja: '実行しない意図のようなので、何もしていません。実行するにはコマンドを送ってください（例：{cmd}）。',
  },
  needsKey: {
    en: 'Natural language needs ANTHROPIC_API_KEY. Without it I understand simple requests about status, backups, restarts, logs and rollbacks (e.g. "restart g3s-02", "把所有机器都备份一下"). Nearest command: {cmd} — /help lists them all.',
    'zh-Hans': '自然语言需要设置 ANTHROPIC_API_KEY。未设置时只能理解状态、备份、重启、日志、回滚等简单请求（如"重启 g3s-02"）。最接近的命令：{cmd} —— /help 列出全部命令。',
    'zh-Hant': '自然語言需要設定 ANTHROPIC_API_KEY。未設定時只能理解狀態、備份、重啟、日誌、回滾等簡單請求（如「重啟 g3s-02」）。最接近的命令：{cmd} —— /help 列出全部命令。',
    ja: '自然言語には ANTHROPIC_API_KEY が必要です。未設定の場合は状態・バックアップ・再起動・ログ・ロールバックの簡単な依頼だけ理解します（例：「g3s-02 を再起動」）。近いコマンド：{cmd} — /help で一覧。',
  },
  rateLimited: {
    en: 'Too many natural-language requests; try again in {s} s. Slash commands still work (/help).',
    'zh-Hans': '自然语言请求过于频繁，请 {s} 秒后再试。斜杠命令仍可使用（/help）。',
    'zh-Hant': '自然語言請求過於頻繁，請 {s} 秒後再試。斜線命令仍可使用（/help）。',
    ja: '自然言語の依頼が多すぎます。{s} 秒後にもう一度どうぞ。スラッシュコマンドは使えます（/help）。',
  },
  claudeFailed: {
    en: '{error}. Nothing was done; slash commands still work (/help).',
    'zh-Hans': '{error}。未执行任何操作；斜杠命令仍可使用（/help）。',
    'zh-Hant': '{error}。未執行任何操作；斜線命令仍可使用（/help）。',
    ja: '{error}。何も実行していません。スラッシュコマンドは使えます（/help）。',
  },
  rejected: {
    en: 'Nothing was done: {problem}',
    'zh-Hans': '未执行任何操作：{problem}',
    'zh-Hant': '未執行任何操作：{problem}',
    ja: '何も実行していません：{problem}',
  },
  stopped: {
    en: 'Plan stopped at step {n} ({step}: {result}); not run: {rest}.',
    'zh-Hans': '计划在第 {n} 步停止（{step}：{result}）；未执行：{rest}。',
    'zh-Hant': '計劃在第 {n} 步停止（{step}：{result}）；未執行：{rest}。',
    ja: '計画は手順 {n} で停止しました（{step}：{result}）。未実行：{rest}。',
  },
} as const;

export function say(text: Text, lang: Lang, vars: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
