// Port choice for test nodes. Parallel test files run in different processes, so each process
// starts at a pid-derived offset and skips ports something already listens on; a bind that still
// loses a race (EADDRINUSE) is retried by the caller with the next port.
import { portFree } from './proc.js';

export type PortKind = 'ssh' | 'gateway';

// Both ranges sit below the kernel's ephemeral range (32768+), so outgoing connections never hold them.
const RANGES: Record<PortKind, { lo: number; hi: number }> = {
  ssh: { lo: 20000, hi: 26000 },
  gateway: { lo: 26000, hi: 32000 },
};
const STRIDE = 12;
const taken = new Set<number>();
const cursor: Record<PortKind, number> = {
  ssh: RANGES.ssh.lo + (process.pid % ((RANGES.ssh.hi - RANGES.ssh.lo) / STRIDE)) * STRIDE,
  gateway: RANGES.gateway.lo + (process.pid % ((RANGES.gateway.hi - RANGES.gateway.lo) / STRIDE)) * STRIDE,
};

/**
 * A port that is free on `host` and not handed out before by this process. `preferred` (e.g.
 * basePort + i) is tried first; after that the process's own cursor moves through the range.
 */
export async function allocatePort(kind: PortKind, host: string, preferred?: number): Promise<number> {
  const { lo, hi } = RANGES[kind];
  if (preferred !== undefined && !taken.has(preferred) && (await portFree(host, preferred))) {
    taken.add(preferred);
    return preferred;
  }
  for (let tries = 0; tries < hi - lo; tries++) {
    const port = cursor[kind];
    cursor[kind] = port + 1 >= hi ? lo : port + 1;
    if (taken.has(port)) continue;
    if (await portFree(host, port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free ${kind} port in ${lo}-${hi} on ${host}`);
}

export function releasePort(port: number): void {
  taken.delete(port);
}
