import { z } from 'zod';
import { formatBytes } from '../bot/render/html.js';
import { stamp } from '../backup/repo.js';
import { actionsWith, bindActions, type AnyAction, type RunContext, type Translate } from '../core/action.js';
import type { Reply } from '../core/types.js';
import { msg, type Msg, type MsgReply } from '../core/messages.js';
import { errorMsg } from '../core/errors.js';
import { describeError, UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { CopyKind } from './copies.js';
import { nextRun } from './schedule.js';
import type { OffsiteService, VerifyReport } from './service.js';
import type { OffsiteConfig } from './config.js';

/** What the offsite actions use. */
export interface OffsiteActionDeps {
  offsite: OffsiteService;
  config(): OffsiteConfig;
  log: Logger;
  now(): number;
  /** A notice to every owner chat, rendered in each chat's language. */
  notify(reply: MsgReply): Promise<void>;
}

const defineAction = actionsWith<OffsiteActionDeps>();
type Ctx = RunContext<OffsiteActionDeps>;

const list = (names: string[], max = 10) => `${names.slice(0, max).join(', ')}${names.length > max ? ', …' : ''}`;

function verifyProblems(r: VerifyReport, t: Translate): string {
  const lines = r.problems.slice(0, 10).map((p) => t.text(`offsite-problem-${p.problem}`, { member: p.member }));
  if (!r.bundle.ok) lines.push(t.text('offsite-verify-bundle-bad', { error: r.bundle.error ?? '' }));
  if (r.database) lines.push(t.text('offsite-verify-db-bad', { problem: r.database }));
  return lines.join('; ');
}

/** The first problem of a report, as a message each reader gets in their language (alerts). */
function firstProblem(r: VerifyReport): Msg {
  const p = r.problems[0];
  if (p) return msg(`offsite-problem-${p.problem}`, { member: p.member });
  if (!r.bundle.ok) return msg('offsite-verify-bundle-bad', { error: r.bundle.error ?? '' });
  return msg('offsite-verify-db-bad', { problem: r.database ?? '' });
}

function verifyReply(r: VerifyReport, t: Translate): Reply {
  const args = { name: r.name, time: t.time(r.createdTime) };
  if (!r.problems.length && r.bundle.ok && !r.database) {
    return { html: t('offsite-verify-ok', { ...args, members: r.members, size: formatBytes(r.bytes), refs: r.bundle.refs, encrypted: r.manifest.encrypted ? 1 : 0 }), data: { ok: true, name: r.name } };
  }
  return { html: t('offsite-verify-bad', { ...args, problems: verifyProblems(r, t) }), data: { ok: false, name: r.name, problems: r.problems } };
}

function uploadedReply(r: Awaited<ReturnType<OffsiteService['uploadFull']>>, t: Translate): Reply {
  const lines = [t('offsite-uploaded', { file: r.file.name, size: formatBytes(r.copy.size), kind: r.copy.kind, encrypted: r.copy.encrypted ? 1 : 0 })];
  lines.push(r.removed.length ? t('offsite-cleanup-deleted', { count: r.removed.length, names: list(r.removed.map((f) => f.name)) }) : t('offsite-cleanup-nothing'));
  return { html: lines.join('\n'), data: { file: r.file.name, id: r.file.id, size: r.copy.size, removed: r.removed.map((f) => f.name) } };
}

/** /offsite: the last copy, the next, the space used and a dry run of the next cleanup; the check says what is missing or refused. */
async function statusReply(ctx: Ctx): Promise<Reply> {
  const { offsite, now } = ctx.services;
  const c = ctx.services.config();
  const { t } = ctx;
  if (!offsite.configured()) return { html: t('offsite-status-off', { missing: offsite.missing().join(', ') }), data: { configured: false } };
  const lines: string[] = [];
  let folder = c.drive.folderId ?? '';
  let email = '';
  try {
    const drive = await offsite.client();
    email = drive.email;
    folder = (await drive.checkFolder()).name;
  } catch (err) {
    lines.push(t('offsite-status-problem', { error: t.error(err) }));
  }
  lines.unshift(t('offsite-status-head', { folder, email: email || '?' }));
  lines.push(offsite.encrypted() ? t('offsite-status-encrypted') : t('offsite-status-not-encrypted'));
  const last = offsite.lastFull();
  lines.push(last ? t('offsite-status-last', { name: last.name, size: formatBytes(last.size), time: t.time(last.createdAt), ago: t.ago(last.createdAt, now()) }) : t('offsite-status-last-none'));
  if (last) lines.push(last.verifiedAt ? t('offsite-status-verified', { time: t.time(last.verifiedAt) }) : t('offsite-status-never-verified'));
  const next = c.schedule ? nextRun(c.schedule, now()) : null;
  lines.push(next ? t('offsite-status-next', { time: t.time(next) }) : t('offsite-status-next-off'));
  const f = offsite.failures();
  if (f) lines.push(t('offsite-status-failing', { count: f.count, error: f.error, time: t.time(f.nextAt) }));
  let dry: { kind: CopyKind; name: string }[] = [];
  if (email) {
    try {
      const u = await offsite.usage();
      const files = u.daily.files + u.stable.files + u.manual.files;
      lines.push(t('offsite-status-space', { files, size: formatBytes(u.daily.bytes + u.stable.bytes + u.manual.bytes), daily: u.daily.files, stable: u.stable.files, manual: u.manual.files }));
      dry = (await offsite.plan()).map((p) => ({ kind: p.kind, name: p.file.name }));
      lines.push(dry.length ? t('offsite-status-cleanup', { count: dry.length, names: list(dry.map((d) => `${d.kind}/${d.name}`)) }) : t('offsite-status-cleanup-none', { daily: c.keepDailyDays, stable: c.keepStableDays }));
    } catch (err) {
      lines.push(t('offsite-status-problem', { error: t.error(err) }));
    }
  }
  return { html: lines.join('\n'), data: { configured: true, last: last?.name ?? null, cleanup: dry } };
}

export const offsiteAction = defineAction({
  name: 'offsite',
  group: 'backup',
  usage: '/offsite [status|upload|verify]',
  tier: 'read',
  tierFor: (p) => (p.what === 'status' ? 'read' : 'low'),
  params: z.object({ what: z.enum(['status', 'upload', 'verify'], { error: 'offsite-what-invalid' }).default('status') }),
  args: ['what'],
  target: (p) => (p.what === 'status' ? null : p.what),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(p, ctx) {
    const { offsite } = ctx.services;
    if (p.what === 'status') return statusReply(ctx);
    if (p.what === 'upload') {
      ctx.progress(ctx.t('offsite-progress-upload'));
      return uploadedReply(await offsite.uploadFull('manual', ctx.operationId), ctx.t);
    }
    ctx.progress(ctx.t('offsite-progress-verify'));
    const r = await offsite.verifyLatest();
    const reply = verifyReply(r, ctx.t);
    if (!reply.data?.ok) throw new UserError('offsite-verify-failed', { name: r.name, problems: verifyProblems(r, ctx.t) });
    return reply;
  },
});

export const offsiteDailyAction = defineAction({
  name: 'offsitedaily',
  command: null,
  group: 'backup',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(_p, ctx) {
    const { offsite, now } = ctx.services;
    const today = offsite.copies.latest(['daily']);
    if (today && stamp(today.createdAt).date === stamp(now()).date) return { html: ctx.t('offsite-daily-done', { name: today.name }), data: { skipped: true } };
    try {
      return uploadedReply(await offsite.uploadFull('daily', ctx.operationId), ctx.t);
    } catch (err) {
      // a second run at the same time is not a failure of the copy
      if (!(err instanceof UserError && err.msg.key === 'offsite-busy')) await offsite.recordFailure(err);
      throw err;
    }
  },
});

export const offsiteStableAction = defineAction({
  name: 'offsitestable',
  command: null,
  group: 'backup',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(_p, ctx) {
    const { offsite, log } = ctx.services;
    const pending = offsite.pendingStable();
    if (!pending.length) return { html: ctx.t('offsite-stable-none'), data: { uploaded: [] } };
    const lines: string[] = [];
    const errors: string[] = [];
    const uploaded: string[] = [];
    for (const s of pending) {
      try {
        const r = await offsite.uploadStable(s.nodeId, s.tag);
        uploaded.push(r.file.name);
        lines.push(ctx.t('offsite-stable-uploaded', { node: s.nodeId, file: r.file.name, size: formatBytes(r.copy.size) }));
      } catch (err) {
        log.warn({ err, node: s.nodeId }, 'offsite stable copy failed');
        lines.push(ctx.t('offsite-stable-failed', { node: s.nodeId, tag: s.tag, error: describeError(err) }));
        errors.push(`${s.tag}: ${ctx.t.error(err)}`);
      }
    }
    if (errors.length === pending.length) throw new UserError('offsite-stable-all-failed', { errors: errors.join('; ') });
    return { html: lines.join('\n'), data: { uploaded } };
  },
});

export const offsiteWeeklyAction = defineAction({
  name: 'offsiteweekly',
  command: null,
  group: 'backup',
  usage: '(schedule)',
  tier: 'low',
  params: z.object({}),
  locks: () => ({ kind: 'none' }),
  timeoutMs: 6 * 60 * 60_000,
  async run(_p, ctx) {
    const { offsite, notify, log } = ctx.services;
    let r: VerifyReport;
    try {
      r = await offsite.verifyLatest();
    } catch (err) {
      // nothing to check yet is not an alarm; a copy that cannot be read is
      if (err instanceof UserError && (err.msg.key === 'offsite-none-yet' || err.msg.key === 'offsite-busy')) throw err;
      await notify({ msg: msg('offsite-alert-verify-error', { error: errorMsg(err) }) }).catch((e: unknown) => log.warn({ err: e }, 'offsite verify alert not delivered'));
      throw err;
    }
    const reply = verifyReply(r, ctx.t);
    if (!reply.data?.ok) {
      const problems = verifyProblems(r, ctx.t);
      const count = r.problems.length + (r.bundle.ok ? 0 : 1) + (r.database ? 1 : 0);
      await notify({ msg: msg('offsite-alert-verify', { name: r.name, count, first: firstProblem(r) }) }).catch((e: unknown) => log.warn({ err: e }, 'offsite verify alert not delivered'));
      throw new UserError('offsite-verify-failed', { name: r.name, problems });
    }
    return reply;
  },
});

export function createOffsiteActions(deps: OffsiteActionDeps): AnyAction[] {
  return bindActions(deps, [offsiteAction, offsiteDailyAction, offsiteStableAction, offsiteWeeklyAction]);
}
