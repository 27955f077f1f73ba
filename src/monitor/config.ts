import { z } from 'zod';
import { defineSection, positiveSeconds } from '../config-schema.js';

export const watchdogSection = defineSection({
  key: 'watchdog',
  schema: z.object({
    enabled: z.boolean().default(true).describe('run the watchdog (see [Watchdog and alerts](#watchdog-and-alerts))'),
    intervalS: positiveSeconds.default(60).describe('seconds between two checks of every node (SSH, agent health)').meta({ env: 'OCM_WATCHDOG_INTERVAL_S' }),
    slowIntervalS: positiveSeconds.default(300).describe('seconds between the slower checks (backup push health, OCM itself, clock skew)'),
    consecutive: z.coerce.number().int().min(1).max(20).default(2).describe("identical results in a row needed before a node's state changes"),
    alertAfterS: z.coerce
      .number({ error: 'must be a number of seconds' })
      .min(0, { error: 'must be 0 or more' })
      .default(300)
      .describe(
        'first alert and automatic recovery after a node has been down this long; the env variable also sets the escalation times to 3× and 12× it (ignoring the two keys below), so a demo runs in seconds',
      )
      .meta({ env: 'OCM_ALERT_AFTER_S' }),
    escalateAfterS: positiveSeconds.optional().describe('a new, escalated message').meta({ defaultDoc: '3 × `alert_after_s` (900)' }),
    criticalAfterS: positiveSeconds.optional().describe('a new critical message: "check the hardware"').meta({ defaultDoc: '12 × `alert_after_s` (3600)' }),
    diskWarnPct: z.coerce.number().min(1).max(100).default(80).describe('disk use that opens an info incident (no message; `/events`, status page)'),
    memWarnPct: z.coerce.number().min(1).max(100).default(90).describe('memory use that opens a warning (message)'),
    clockSkewS: positiveSeconds.default(60).describe("a node's clock this far off OCM's is a warning"),
    autoRestart: z.boolean().default(true).describe('restart a down gateway by itself at `alert_after_s`'),
    digestMin: z.coerce.number().int().min(2).max(1000).default(3).describe('this many alerts (or recoveries, or notices) at once fold into one message'),
    logPatterns: z
      .array(z.string().min(1).max(200).regex(/^[^\0\n']+$/, { error: 'a pattern has no line breaks or single quotes' }))
      .max(20)
      .default(['ERROR', 'CRITICAL', 'FAIL'])
      .describe('extended regular expressions counted in the gateway log'),
    logDigestEveryS: positiveSeconds.default(900).describe('at most one log-keyword digest per node per this many seconds'),
    alertChatIds: z
      .array(z.coerce.number({ error: 'must be numeric Telegram chat ids' }).int())
      .default([])
      .describe('comma-separated chat ids that receive alerts (groups are negative)')
      .meta({ env: 'OCM_ALERT_CHAT_IDS', defaultDoc: 'the owners (console: the console)' }), // i18n-exempt: the README settings table, like .describe()
  }),
  // OCM_ALERT_AFTER_S scales the whole ladder (5/15/60 min) so that a demo runs in seconds
  finish(w, ctx) {
    const scaled = ctx.fromEnv('alertAfterS');
    return {
      ...w,
      escalateAfterS: (scaled ? undefined : w.escalateAfterS) ?? w.alertAfterS * 3,
      criticalAfterS: (scaled ? undefined : w.criticalAfterS) ?? w.alertAfterS * 12,
    };
  },
});

export type WatchdogConfig = ReturnType<typeof watchdogSection.finish>;
