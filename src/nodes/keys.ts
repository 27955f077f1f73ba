import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import ssh2 from 'ssh2';

export interface OcmKey {
  privateKeyPath: string;
  publicKey: string;
}

/** OCM's own SSH key pair under `$OCM_DATA_DIR/keys/`, generated (ed25519) on first start. */
export function ensureOcmKey(dataDir: string): OcmKey {
  const dir = join(dataDir, 'keys');
  const privateKeyPath = join(dir, 'ocm_ed25519');
  const publicPath = `${privateKeyPath}.pub`;
  if (!existsSync(privateKeyPath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: `ocm@${hostname()}` });
    writeFileSync(privateKeyPath, pair.private, { mode: 0o600 });
    writeFileSync(publicPath, `${pair.public}\n`, { mode: 0o644 });
    chmodSync(privateKeyPath, 0o600);
  }
  return { privateKeyPath, publicKey: readFileSync(publicPath, 'utf8').trim() };
}
