/**
 * STAND-INS — delete this file when the real backup actions (issue 4) are merged, and use
 * createCatalog() alone in the tests that import it.
 *
 * The lead is adding `backup`, `backups`, `diff`, `restore`, `rollback` in parallel. These
 * definitions have exactly their names, params and tiers so the natural-language tests can run the
 * same plans; their `run` only says what the real action would do, and records the call.
 */
import { z } from 'zod';
import { defineAction, type AnyAction } from '../../src/actions/types.js';
import { nodeIdSchema, nodeTargetSchema } from '../../src/nodes/model.js';

export const standinRuns: { action: string; params: unknown }[] = [];

function standin(name: string, html: (p: Record<string, unknown>) => string) {
  return async (p: Record<string, unknown>) => {
    standinRuns.push({ action: name, params: p });
    return { html: `[stand-in] ${html(p)}` };
  };
}

export function backupStandins(): AnyAction[] {
  return [
    defineAction({
      name: 'backup', group: 'backup', description: 'Back up a node (or all) to the git backup repo', usage: '/backup <node|all> [label]', tier: 'low',
      params: z.object({ target: nodeTargetSchema, label: z.string().optional() }), args: ['target', 'label'], target: (p) => p.target,
      locks: (p) => (p.target === 'all' ? { kind: 'cluster' } : { kind: 'nodes', nodes: [p.target] }),
      run: standin('backup', (p) => `backed up ${String(p.target)}`),
    }),
    defineAction({
      name: 'backups', group: 'backup', description: 'List the backups of a node', usage: '/backups <node> [n]', tier: 'read',
      params: z.object({ node: nodeIdSchema, n: z.coerce.number().int().min(1).max(100).optional() }), args: ['node', 'n'], target: (p) => p.node,
      locks: () => ({ kind: 'none' }),
      run: standin('backups', (p) => `backups of ${String(p.node)}`),
    }),
    defineAction({
      name: 'diff', group: 'backup', description: "Show what changed in a node's files since a backup", usage: '/diff <node> [ref]', tier: 'read',
      params: z.object({ node: nodeIdSchema, ref: z.string().optional() }), args: ['node', 'ref'], target: (p) => p.node,
      locks: () => ({ kind: 'none' }),
      run: standin('diff', (p) => `diff of ${String(p.node)}`),
    }),
    defineAction({
      name: 'restore', group: 'backup', description: 'Restore a node to a given backup', usage: '/restore <node> <ref>', tier: 'high',
      params: z.object({ node: nodeIdSchema, ref: z.string().min(1) }), args: ['node', 'ref'], target: (p) => p.node,
      locks: (p) => ({ kind: 'nodes', nodes: [p.node] }), confirmText: (p) => `restore ${p.node} to ${p.ref}`,
      run: standin('restore', (p) => `restored ${String(p.node)} to ${String(p.ref)}`),
    }),
    defineAction({
      name: 'rollback', group: 'backup', description: 'Roll a node back to its last stable backup', usage: '/rollback <node>', tier: 'high',
      params: z.object({ node: nodeIdSchema }), args: ['node'], target: (p) => p.node,
      locks: (p) => ({ kind: 'nodes', nodes: [p.node] }), confirmText: (p) => `roll ${p.node} back to its last stable backup`,
      run: standin('rollback', (p) => `rolled back ${String(p.node)}`),
    }),
  ];
}
