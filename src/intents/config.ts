import { z } from 'zod';
import { defineSection, positiveSeconds, secretSetting } from '../config-schema.js';

/** Default model for natural-language requests: the current Sonnet (fast, reliable tool use). */
export const DEFAULT_INTENT_MODEL = 'claude-sonnet-5-5';

/** Claude API access; without a key natural language uses the deterministic fallback parser. */
export const anthropicSection = defineSection({
  key: 'anthropic',
  schema: z.object({
    apiKey: secretSetting().optional().describe('Claude API key for natural-language requests').meta({ env: 'ANTHROPIC_API_KEY', defaultDoc: 'unset → fallback parser' }),
    baseUrl: z
      .url({ error: 'must be a URL such as https://api.anthropic.com' })
      .default('https://api.anthropic.com')
      .describe('a different Messages API endpoint (a proxy, tests)')
      .meta({ env: 'ANTHROPIC_BASE_URL' }),
  }),
});

// i18n-exempt: start-up configuration errors, printed to the terminal before any chat exists (like src/config.ts)
const count = z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' });

export const intentSection = defineSection({
  key: 'intent',
  schema: z.object({
    model: z.string().trim().min(1).default(DEFAULT_INTENT_MODEL).describe('model for natural-language requests (current Sonnet: fast, reliable tool use)').meta({ env: 'OCM_INTENT_MODEL' }),
    ratePerMinute: count
      .min(1, { error: 'must be at least 1' })
      .default(10)
      .describe('Claude requests per user per minute; more get "try again in N s" (slash commands are not limited by it)')
      .meta({ env: 'OCM_INTENT_RATE_PER_MIN', yaml: 'rate_limit_per_min' }),
    timeoutS: positiveSeconds.default(30).describe('one natural-language request (retries included) gives up after this').meta({ env: 'OCM_INTENT_TIMEOUT_S' }),
    historyTurns: count.min(0).max(40, { error: 'at most 40' }).default(6).describe('how many recent turns of the chat go into each request (0–40)'),
  }),
});
