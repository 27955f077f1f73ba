import { resolve } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { z } from 'zod';
import { byteCount, defineSection, positiveSeconds, wholeCount } from '../config-schema.js';

export const backupSection = defineSection({
  key: 'backup',
  schema: z.object({
    schedule: z
      .string()
      .refine((v) => v === 'off' || validateCron(v), { error: "must be a cron expression such as '0 */6 * * *', or 'off'" })
      .transform((v) => (v === 'off' ? null : v))
      .default('0 */6 * * *')
      .describe('cron expression for automatic backups of every node and of OCM itself; `off` disables')
      .meta({ env: 'OCM_BACKUP_SCHEDULE' }),
    staggerS: z.coerce.number().min(0).max(3600).default(20).describe("seconds between the starts of consecutive nodes' scheduled backups"),
    remote: z.string().min(1).optional().describe('git remote of the backup repo (a private GitHub SSH URL, or a path); pushed after every backup').meta({ env: 'OCM_BACKUP_REMOTE', defaultDoc: 'none' }),
    deployKey: z.string().min(1).optional().describe('SSH private key for the remote (a GitHub deploy key with write access)').meta({ env: 'OCM_BACKUP_DEPLOY_KEY', defaultDoc: 'none' }),
    healthWaitS: z.coerce.number().int().min(1).max(600).default(30).describe("how long a restore waits for the gateway's `/health` before putting the old files back"),
    packTimeoutS: positiveSeconds.default(600).describe("limit for packing and streaming one node's backup"),
    snapshotRetentionDays: z.coerce.number().int().min(1).default(30).describe('`snapshots/<node>/<time>` branches older than this are deleted'),
    pushRetryS: positiveSeconds.default(300).describe('how often a failed push is retried'),
    maxPackBytes: byteCount.default(1073741824).describe("total unpacked size of one node's backup; a larger one is refused").meta({ env: 'OCM_BACKUP_MAX_PACK_BYTES' }),
    maxPackFiles: wholeCount.default(20000).describe("most files in one node's backup").meta({ env: 'OCM_BACKUP_MAX_PACK_FILES' }),
    maxFileBytes: byteCount.default(104857600).describe("largest single file in one node's backup").meta({ env: 'OCM_BACKUP_MAX_FILE_BYTES' }),
  }),
  finish: ({ deployKey, ...v }, { cwd }) => ({ ...v, ...(deployKey ? { deployKey: resolve(cwd, deployKey) } : {}) }),
});

export type BackupConfig = ReturnType<typeof backupSection.finish>;
