import { z } from 'zod';
import { booleanSetting, defineSection, secretSetting } from '../config-schema.js';
import { hostSchema } from '../nodes/model.js';
import { isLoopbackHost, MIN_TOKEN_LENGTH } from './auth.js';

// i18n-exempt: start-up configuration errors, printed to the terminal before any chat exists (like src/config.ts)
const portError = { error: 'a port is 0–65535 (0: any free port)' };

/** The read-only status page and JSON API (src/web). */
export const statusSection = defineSection({
  key: 'status',
  schema: z.object({
    enabled: booleanSetting.default(true).describe('serve the read-only status page and JSON API').meta({ env: 'OCM_STATUS_ENABLED' }),
    host: hostSchema
      .default('127.0.0.1')
      .describe('address the status page listens on; any non-loopback address (e.g. `0.0.0.0`) requires a token')
      .meta({ env: 'OCM_STATUS_HOST' }),
    port: z.coerce
      .number({ error: 'a port is a number' })
      .int({ error: 'a port is a whole number' })
      .min(0, portError)
      .max(65535, portError)
      .default(3001)
      .describe('its port (`0`: any free port, printed at start)')
      .meta({ env: 'OCM_STATUS_PORT' }),
    token: secretSetting(z.string().min(MIN_TOKEN_LENGTH, { error: `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. the output of: openssl rand -hex 16)` }))
      .optional()
      .describe(`token required by every request when set (at least ${MIN_TOKEN_LENGTH} characters, e.g. \`openssl rand -hex 16\`)`)
      .meta({ env: 'OCM_STATUS_TOKEN' }),
    refreshS: z.coerce
      .number({ error: 'must be a number of seconds' })
      .int()
      .min(5, { error: 'must be at least 5 seconds' })
      .max(3600)
      .default(30)
      .describe('how often the page reloads itself'),
  }),
  check(s) {
    if (!s.enabled || s.token || isLoopbackHost(s.host)) return [];
    return [
      // i18n-exempt: a start-up configuration error, printed to the terminal (like src/config.ts)
      `OCM_STATUS_TOKEN: required when the status page listens on ${s.host}, an address other machines can reach (status.token, at least ${MIN_TOKEN_LENGTH} characters, e.g. from: openssl rand -hex 16); or set OCM_STATUS_HOST=127.0.0.1`,
    ];
  },
});
