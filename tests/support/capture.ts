import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from '../../src/core/types.js';
import type { Messenger } from '../../src/pipeline/messenger.js';

export interface Sent {
  kind: 'send' | 'edit';
  chatId: number;
  messageId: number;
  reply: Reply;
}

/** A Messenger that records what the pipeline would show, with message ids like Telegram's. */
export function captureMessenger() {
  const log: Sent[] = [];
  let next = 1;
  const messenger: Messenger = {
    async send(chatId, reply) {
      const messageId = next++;
      log.push({ kind: 'send', chatId, messageId, reply });
      return messageId;
    },
    async edit(chatId, messageId, reply) {
      log.push({ kind: 'edit', chatId, messageId, reply });
    },
  };
  return {
    messenger,
    log,
    texts: () => log.map((s) => s.reply.html),
    last: () => log[log.length - 1],
    /** The callback data of the button whose label contains `label`, on the latest message that has one. */
    button(label: string): string {
      for (let i = log.length - 1; i >= 0; i--) {
        const btn = log[i]!.reply.buttons?.flat().find((b) => b.text.includes(label));
        if (btn) return btn.data;
      }
      throw new Error(`no button "${label}" in ${JSON.stringify(log.map((l) => l.reply))}`);
    },
  };
}

export function tempDir(prefix = 'ocm-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function until(pred: () => boolean, timeoutMs = 5000, what: string | (() => string) = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      if (pred()) return resolve();
      // `what` may be a function so that it describes the state at the time of the timeout
      if (Date.now() - start > timeoutMs) return reject(new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}
