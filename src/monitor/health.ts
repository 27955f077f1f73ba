import type { Msg } from '../core/messages.js';
import { errorMsg, ExternalError } from '../errors.js';
import type { NodeRecord } from '../nodes/model.js';
import type { NodeService } from '../nodes/service.js';
import { plain } from './render.js';

export type ObservedState = 'online' | 'degraded' | 'offline';

/** One layered check of one node: SSH reachable → agent health (gateway process, /health, disk, memory). */
export interface Observation {
  nodeId: string;
  state: ObservedState;
  /** SSH login and a command worked. */
  sshOk: boolean;
  /** Why the node is not online, as a message (null when it is). */
  reason: Msg | null;
  openclawInstalled: boolean | null;
  gatewayRunning: boolean | null;
  gatewayHealthy: boolean | null;
  diskPct: number | null;
  memPct: number | null;
  at: number;
  durationMs: number;
}

function flag(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Checks a node the way the watchdog does. A failure to reach the node over SSH is `offline`;
 * SSH working with the gateway down or unhealthy (or the agent broken) is `degraded`.
 */
export async function checkNode(nodes: NodeService, node: NodeRecord, now: () => number, signal?: AbortSignal): Promise<Observation> {
  const at = now();
  const base = { nodeId: node.id, at, openclawInstalled: null, gatewayRunning: null, gatewayHealthy: null, diskPct: null, memPct: null };
  try {
    const h = await nodes.agent(node).health(signal);
    const c = h.checks ?? {};
    const installed = flag(c.openclaw_installed);
    const running = flag(c.gateway_running);
    const healthy = flag(c.gateway_healthy);
    let reason: Msg | null = null;
    if (installed === false) reason = { key: 'watchdog-reason-not-installed' };
    else if (healthy !== true) reason = { key: running ? 'watchdog-reason-gateway-unhealthy' : 'watchdog-reason-gateway-not-running', args: { port: node.gatewayPort } };
    return {
      ...base,
      state: reason ? 'degraded' : 'online',
      sshOk: true,
      reason,
      openclawInstalled: installed,
      gatewayRunning: running,
      gatewayHealthy: healthy,
      diskPct: num(c.disk_used_pct),
      memPct: num(c.mem_used_pct),
      durationMs: now() - at,
    };
  } catch (err) {
    // the agent answered but made no sense: the machine is reachable, OCM's view of it is not
    if (err instanceof ExternalError && err.service.endsWith(' agent')) {
      return { ...base, state: 'degraded', sshOk: true, reason: plain(errorMsg(err)), durationMs: now() - at };
    }
    return { ...base, state: 'offline', sshOk: false, reason: plain(errorMsg(err)), durationMs: now() - at };
  }
}
