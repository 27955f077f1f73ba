import { resolve } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';
import { configSection, type Config } from '../config.js';
import { defineSection, positiveSeconds, secretSetting, wholeCount } from '../config-schema.js';
import { CHUNK_UNIT } from './drive.js';

const cron = (fallback: string, env: string) =>
  z
    .string()
    // i18n-exempt: a start-up configuration error (printed before any chat exists, as in src/config.ts)
    .refine((v) => v === 'off' || validateCron(v), { error: "must be a cron expression such as '30 3 * * *', or 'off'" })
    .transform((v) => (v === 'off' ? null : v))
    .default(fallback)
    .meta({ env });

// i18n-exempt: start-up configuration errors (printed before any chat exists, as in src/config.ts)
const days = (fallback: number) => z.coerce.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0).default(fallback);

export const offsiteSection = defineSection({
  key: 'offsite',
  schema: z.object({
    drive: z
      .object({
        credentialsFile: z
          .string()
          .min(1)
          .optional()
          .meta({ env: 'OCM_OFFSITE_CREDENTIALS_FILE', defaultDoc: 'unset → no offsite copies' })
          .describe("path of the Google service account's JSON key file (a secret: mode 0600, readable only by OCM's user; its contents are never logged or copied)"),
        folderId: z.string().regex(/^[A-Za-z0-9_-]{5,200}$/, { error: 'must be a Drive folder id (the part after /folders/ in its URL)' }).optional().describe('id of the Drive folder (e.g. one named `OCM-Backups`) shared with the service account as Editor; OCM writes `daily/`, `stable/` and `manual/` inside it').meta({ env: 'OCM_OFFSITE_FOLDER_ID', defaultDoc: 'unset' }),
        rootUrl: z.url({ error: 'must be a URL such as https://www.googleapis.com/' }).default('https://www.googleapis.com/').describe('Drive API root (a proxy, tests)').meta({ env: 'OCM_OFFSITE_DRIVE_ROOT_URL' }),
      })
      .prefault({})
      .describe('Google Drive access')
      .meta({ defaultDoc: '—' }),
    passphrase: secretSetting(z.string().min(12, { error: 'must be at least 12 characters' }))
      .optional()
      .meta({ env: 'OCM_OFFSITE_PASSPHRASE', defaultDoc: 'unset → copies are not encrypted (/offsite warns)' })
      .describe('encrypts every archive before it leaves the machine (AES-256-GCM, key from scrypt); without it the copies cannot be read, so keep it outside OCM too'),
    schedule: cron('30 3 * * *', 'OCM_OFFSITE_SCHEDULE').describe('cron expression of the daily full copy (every node and `ocm-master/`) to `daily/`; `off` disables'),
    verifySchedule: cron('0 5 * * 0', 'OCM_OFFSITE_VERIFY_SCHEDULE').describe('cron expression of the weekly check: download the latest copy, decrypt it, check every member and `git bundle verify`; `off` disables'),
    keepDailyDays: days(30).describe('copies in `daily/` older than this are deleted after each upload (0: kept forever)'),
    keepStableDays: days(90).describe('copies in `stable/` older than this are deleted after each upload (0: kept forever)'),
    keepManualDays: days(0).describe('copies in `manual/` (`/offsite upload`) older than this are deleted (0: kept forever)'),
    retryAfterS: positiveSeconds.default(600).describe('a failed daily copy is tried again after this, doubling each time (at most 6 h); owners are alerted after the second failure of a day'),
    uploadAttempts: wholeCount.max(10).default(5).describe('tries per Drive request when Drive is busy or the connection drops (backoff from 1 s)'),
    uploadChunkBytes: wholeCount
      .refine((v) => v % CHUNK_UNIT === 0, { error: 'must be a multiple of 262144 (256 KiB)' })
      .default(8 * 1024 * 1024)
      .describe('size of one resumable-upload chunk (a multiple of 256 KiB); smaller archives go up in one request'),
    staleAfterH: positiveSeconds.default(48).describe('hours after the last offsite copy at which an info incident is opened'),
  }),
  finish: (v, { cwd }) => ({
    ...v,
    drive: { ...v.drive, ...(v.drive.credentialsFile ? { credentialsFile: resolve(cwd, v.drive.credentialsFile) } : {}) },
  }),
});

export type OffsiteConfig = ReturnType<typeof offsiteSection.finish>;

/** The section's values; its defaults (offsite copies off) when the config was built without it (tests, tools). */
export function offsiteConfig(config: Config): OffsiteConfig {
  if ('offsite' in config) return configSection(config, offsiteSection);
  return offsiteSection.finish(offsiteSection.schema.parse({}), { cwd: process.cwd(), fromEnv: () => false });
}

/** Whether offsite copies are configured (a key file and a folder). */
export function offsiteEnabled(c: OffsiteConfig): c is OffsiteConfig & { drive: { credentialsFile: string; folderId: string } } {
  return Boolean(c.drive.credentialsFile && c.drive.folderId);
}
