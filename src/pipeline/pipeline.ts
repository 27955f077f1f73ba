import { randomBytes, randomInt } from 'node:crypto';
import type { AnyAction, RunContext } from '../core/action.js';
import type { Actor, Reply, Tier } from '../core/types.js';
import { esc } from '../bot/render/html.js';
import { describeError, UserError } from '../errors.js';
import { actionLine, localeFor, translator, withoutPrefix, type Locale, type Msg } from '../i18n/index.js';
import { cleanText } from '../util/sanitize.js';
import type { Logger } from '../log.js';
import { redactObject } from '../secret.js';
import type { AuditResult } from '../store/audit-repo.js';
import type { Store } from '../store/store.js';
import { createConfirmations, type Pending } from './confirmations.js';
import { isInternal, operatorDetail, type Dispatched, type Invocation, type Outcome } from './invocation.js';
import type { Messenger } from './messenger.js';
import { describeIssues, zodLocale } from './params.js';
import { createProgress } from './progress.js';
import { createLockQueue } from './queue.js';

export interface PipelineDeps {
  catalog: readonly AnyAction[];
  now(): number;
  store: Store;
  messenger: Messenger;
  log: Logger;
  isOwner(userId: string): boolean;
  confirmTimeoutMs: number;
  operationTimeoutMs: number;
  /** Minimum time between two edits of a progress message. */
  progressIntervalMs?: number;
  /** Safety codes; tests may fix them. */
  makeCode?: () => string;
  /** The language of replies to invocations that do not say theirs (jobs, console without a choice). */
  defaultLocale?: Locale;
}

const DENIAL_REPLY_EVERY_MS = 60 * 60 * 1000;
/** Longest error text a failed operation replies with and audits. */
const MAX_ERROR_TEXT = 1000;

class OperationTimeout extends Error {}

/** "backup g3s-01", or the bare action name when it has no target. */
function opMsg(action: string, target: string | null): Msg | string {
  return target ? { key: 'pipeline-op-target', args: { action, target } } : action;
}

/** The one path every operation takes: authorize ▶ validate ▶ tier gate ▶ node queue ▶ run ▶ audit ▶ reply. */
export function createPipeline(deps: PipelineDeps) {
  const { store, messenger, log } = deps;
  const byName = new Map(deps.catalog.map((a) => [a.name, a]));
  const queue = createLockQueue();
  const inflight = new Set<Promise<unknown>>();
  const lastDenialReply = new Map<string, number>();
  const now = deps.now;
  const makeCode = deps.makeCode ?? (() => String(randomInt(1000, 10000)));
  const tFor = (inv: Invocation) => translator(localeFor(inv.lang, deps.defaultLocale));

  function track<T>(p: Promise<T>): Promise<T> {
    inflight.add(p);
    void p.finally(() => inflight.delete(p)).catch(() => undefined);
    return p;
  }

  async function say(chatId: number | null, reply: Reply): Promise<number | undefined> {
    if (chatId === null) return undefined;
    try {
      return await messenger.send(chatId, reply);
    } catch (err) {
      log.error({ err, chatId }, 'reply could not be sent');
      return undefined;
    }
  }

  function audit(
    inv: Invocation,
    result: AuditResult,
    fields: { operationId?: string | null; target?: string | null; params?: unknown; error?: string | null; startedAt: number },
  ): Outcome {
    store.audit.add({
      operationId: fields.operationId ?? null,
      operator: inv.actor.kind,
      operatorDetail: operatorDetail(inv.actor),
      action: inv.action,
      target: fields.target ?? null,
      params: JSON.stringify(redactObject(fields.params ?? inv.params ?? {})),
      result,
      errorMessage: fields.error ?? null,
      durationMs: now() - fields.startedAt,
    });
    if (fields.operationId) store.operations.setState(fields.operationId, result, fields.error ?? null);
    return { operationId: fields.operationId ?? null, result, ...(fields.error ? { error: fields.error } : {}) };
  }

  /** Records a refused request (stranger) and answers at most once an hour per user. */
  async function deny(inv: Invocation, startedAt = now()): Promise<Outcome> {
    const out = audit(inv, 'denied', { error: 'not an owner', startedAt }); // i18n-exempt: audit reason
    const last = lastDenialReply.get(inv.actor.id) ?? 0;
    if (inv.actor.kind === 'telegram' && now() - last >= DENIAL_REPLY_EVERY_MS) {
      lastDenialReply.set(inv.actor.id, now());
      await say(inv.chatId, { html: tFor(inv)('pipeline-denied', { id: inv.actor.id }) });
    }
    return out;
  }

  function authorized(actor: Actor): boolean {
    return actor.kind !== 'telegram' || deps.isOwner(actor.id);
  }

  const confirmations = createConfirmations({
    messenger,
    log,
    timeoutMs: deps.confirmTimeoutMs,
    makeCode,
    onDecision(p: Pending, decision) {
      if (decision.kind === 'run') {
        store.operations.setState(p.operationId, 'queued');
        p.finish(execute(p.inv, p.action, p.params, p.operationId, p.startedAt));
        return;
      }
      const result: AuditResult = decision.kind === 'expired' ? 'expired' : 'cancelled';
      p.finish(Promise.resolve(audit(p.inv, result, { operationId: p.operationId, target: p.target, params: p.params, error: decision.reason, startedAt: p.startedAt })));
    },
  });

  async function execute(inv: Invocation, action: AnyAction, params: unknown, operationId: string, startedAt: number): Promise<Outcome> {
    const target = action.target?.(params) ?? null;
    const spec = action.locks(params);
    const info = { operationId, action: action.name, actor: inv.actor, since: now() };
    const t = tFor(inv);
    const holder =
      spec.kind === 'none' ? undefined : spec.kind === 'cluster' ? (queue.size().running ? { action: t.text('pipeline-queued-running-now') } : undefined) : spec.nodes.map((n) => queue.busy(n)).find(Boolean);
    // take the place in the queue before anything is awaited, so arrival order is kept
    const lock = queue.acquire(spec, info);
    if (holder) await say(inv.chatId, { html: t('pipeline-queued', { op: opMsg(action.name, target), holder: holder.action }), silent: true });
    const release = await lock;
    store.operations.setState(operationId, 'running');
    const progress = createProgress(messenger, inv.chatId, log, deps.progressIntervalMs);
    const ac = new AbortController();
    const ctx: RunContext = { actor: inv.actor, chatId: inv.chatId, operationId, signal: ac.signal, progress: (text) => progress.report(text), t, services: undefined };
    const timeoutMs = action.timeoutMs ?? deps.operationTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    try {
      const running = action.run(params, ctx);
      const reply = await Promise.race([
        running,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            ac.abort();
            reject(new OperationTimeout());
          }, timeoutMs);
        }),
      ]);
      await progress.close();
      await say(inv.chatId, reply);
      return { ...audit(inv, 'succeeded', { operationId, target, params: reply.audit ? { ...(params as object), ...reply.audit } : params, startedAt }), reply };
    } catch (err) {
      await progress.close();
      // English for the audit row, the chat's language for the reply
      let message: string;
      let shown: string;
      if (err instanceof OperationTimeout) {
        message = `timed out after ${Math.round(timeoutMs / 1000)} s and was marked failed`; // i18n-exempt: audit reason
        shown = t.text('pipeline-timed-out', { duration: t.duration(timeoutMs) });
      } else {
        // the last guard for text that quotes a node (stderr, agent output): bounded, no escape sequences
        message = cleanText(describeError(err), { multiline: true, max: MAX_ERROR_TEXT });
        shown = cleanText(t.error(err), { multiline: true, max: MAX_ERROR_TEXT });
        // "❌ backup local: local: …": the failure line names the target already
        if (target) shown = withoutPrefix(shown, target);
        if (!(err instanceof UserError)) log.error({ err, action: action.name, operationId }, 'action failed');
      }
      await say(inv.chatId, { html: t('pipeline-failed', { op: opMsg(action.name, target), error: shown }) });
      return audit(inv, 'failed', { operationId, target, params, error: message, startedAt });
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  async function handle(inv: Invocation, accept: () => void): Promise<Outcome> {
    const startedAt = now();
    const t = tFor(inv);
    try {
      if (!authorized(inv.actor)) return await deny(inv, startedAt);
      const action = byName.get(inv.action);
      if (!action) {
        await say(inv.chatId, { html: t('pipeline-unknown-operation', { action: inv.action }) });
        return audit(inv, 'failed', { error: 'unknown action', startedAt });
      }
      if (inv.extra?.length) {
        const words = inv.extra.map((w) => `'${w}'`).join(' ');
        await say(inv.chatId, { html: t('pipeline-unexpected-words', { count: inv.extra.length, words, usage: action.usage }) });
        return audit(inv, 'failed', { error: `invalid parameters: unexpected words ${words}`, startedAt }); // i18n-exempt: audit reason
      }
      const parsed = action.params.safeParse(inv.params ?? {}, zodLocale(t.locale));
      if (!parsed.success) {
        await say(inv.chatId, { html: t('pipeline-invalid-params', { problem: describeIssues(parsed.error, t), usage: action.usage }) });
        // the audit row stays English: zod's own sentences again without the reader's locale
        const english = t.locale === 'en' ? parsed.error : (action.params.safeParse(inv.params ?? {}).error ?? parsed.error);
        return audit(inv, 'failed', { error: `invalid parameters: ${describeIssues(english)}`, startedAt }); // i18n-exempt: audit reason
      }
      const params: unknown = parsed.data;
      const target = action.target?.(params) ?? null;
      const operationId = randomBytes(6).toString('hex');
      store.operations.create({
        id: operationId,
        action: action.name,
        target,
        params: JSON.stringify(redactObject(params)),
        operator: inv.actor.kind,
        operatorDetail: operatorDetail(inv.actor),
        chatId: inv.chatId,
      });
      const tier: Tier = action.tierFor?.(params) ?? action.tier;
      if ((tier === 'medium' || tier === 'high') && !isInternal(inv.actor)) {
        if (inv.chatId === null) {
          return audit(inv, 'cancelled', { operationId, target, params, error: 'needs confirmation but has no chat', startedAt }); // i18n-exempt: audit reason
        }
        store.operations.setState(operationId, 'awaiting_confirmation');
        const what = action.confirmText?.(params, undefined, t) ?? (target ? t('pipeline-confirm-what', { line: actionLine(t, action), target }) : esc(actionLine(t, action)));
        const done = confirmations.open({ inv, action, params, operationId, target, tier, what, startedAt, chatId: inv.chatId, t });
        accept();
        return await done;
      }
      store.operations.setState(operationId, 'queued');
      const done = execute(inv, action, params, operationId, startedAt);
      accept();
      return await done;
    } catch (err) {
      log.error({ err, action: inv.action }, 'pipeline error');
      await say(inv.chatId, { html: t('pipeline-error', { error: t.error(err) }) });
      return audit(inv, 'failed', { error: describeError(err), startedAt });
    } finally {
      accept();
    }
  }

  return {
    dispatch(inv: Invocation): Dispatched {
      let accept!: () => void;
      const accepted = new Promise<void>((resolve) => (accept = resolve));
      const done = track(handle(inv, accept));
      return { accepted, done };
    },
    deny(inv: Invocation): Promise<Outcome> {
      return track(deny(inv));
    },
    /** A tap on a confirmation button. Returns the short text for the tap's answer. */
    press(data: string, actor: Actor, lang?: string): Promise<string | undefined> {
      return confirmations.press(data, actor, lang ?? deps.defaultLocale);
    },
    /** Text typed while a safety code is awaited; true when it was taken as an answer. */
    text(chatId: number, actor: Actor, text: string): Promise<boolean> {
      return confirmations.text(chatId, actor, text);
    },
    /** The /cancel command: drops this actor's open confirmations in this chat. */
    cancelFor(chatId: number, actor: Actor): Promise<number> {
      return confirmations.cancelFor(chatId, actor);
    },
    busy: queue.busy,
    /** Work that dispatches later (the next steps of a plan): idle() and stop wait for it too. */
    track,
    /** Cancels every open confirmation (end of console input, shutdown). */
    cancelPending(reason: string, shown?: Msg): Promise<void> {
      return confirmations.cancelAll(reason, shown);
    },
    /** Resolves when nothing runs or waits. */
    async idle(): Promise<void> {
      while (inflight.size) await Promise.allSettled([...inflight]);
    },
    /**
     * Operations a previous OCM process left unfinished (crash, kill): marked failed with an
     * audit row each, and returned so the operator can be told.
     */
    recoverInterrupted(): { id: string; action: string; target: string | null; state: string; chatId: number | null }[] {
      const rows = store.operations.unfinished();
      for (const r of rows) {
        const error = `interrupted: OCM stopped while this operation was ${r.state.replace('_', ' ')}`; // i18n-exempt: audit reason
        store.audit.add({ operationId: r.id, operator: r.operator, operatorDetail: r.operatorDetail, action: r.action, target: r.target, params: r.params, result: 'failed', errorMessage: error, durationMs: now() - r.createdAt });
        store.operations.setState(r.id, 'failed', error);
        store.events.add({ nodeId: null, type: 'operation.interrupted', severity: 'warn', message: r.target ? { key: 'event-operation-interrupted-target', args: { action: r.action, target: r.target, state: r.state } } : { key: 'event-operation-interrupted', args: { action: r.action, state: r.state } } });
      }
      return rows.map((r) => ({ id: r.id, action: r.action, target: r.target, state: r.state, chatId: r.chatId }));
    },
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;
