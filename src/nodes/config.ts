import { resolve } from 'node:path';
import { z } from 'zod';
import { byteCount, defineSection, positiveSeconds } from '../config-schema.js';
import { en } from '../i18n/index.js';
import { nodeSchemas } from './model.js';

// the config file is read at start-up and its problems printed as they are: English sentences, not keys
const { fingerprintSchema, nodeConnectionShape, portSchema } = nodeSchemas((key) => en.text(key));

export const sshSection = defineSection({
  key: 'ssh',
  schema: z.object({
    handshakeTimeoutS: positiveSeconds.default(10).describe('a node that does not finish the SSH handshake within this is reported as not answering'),
    commandTimeoutS: positiveSeconds.default(60).describe('default limit for one remote command'),
    keepaliveS: positiveSeconds.default(15).describe('keep-alive interval of the pooled SSH connections'),
    fanout: z.coerce.number().int().min(1).max(100).default(10).describe('how many nodes one operation (e.g. `/status all`) works on at once'),
    // i18n-exempt: start-up config error, printed before any chat
    maxStdoutBytes: byteCount.min(1024, { error: 'must be at least 1024 bytes' }).default(8388608).describe('largest stdout of one command on a node; the channel is closed when over').meta({ env: 'OCM_SSH_MAX_STDOUT_BYTES' }),
    // i18n-exempt: start-up config error, printed before any chat
    maxStderrBytes: byteCount.min(1024, { error: 'must be at least 1024 bytes' }).default(65536).describe('largest stderr of one command on a node; the channel is closed when over').meta({ env: 'OCM_SSH_MAX_STDERR_BYTES' }),
  }),
});

const declaredNodeSchema = z
  .object({
    id: nodeConnectionShape.id.describe('node id: a-z, 0-9, -'),
    name: nodeConnectionShape.name.describe('display name').meta({ defaultDoc: 'the id' }),
    host: nodeConnectionShape.host.describe('DNS name or IP address of the node'),
    port: nodeConnectionShape.port.describe('its SSH port'),
    user: nodeConnectionShape.user.describe('SSH user on the node'),
    home: nodeConnectionShape.home.describe('OpenClaw home on the node'),
    keyPath: z.string().min(1).optional().describe('SSH private key for this node').meta({ defaultDoc: "OCM's own key" }),
    gatewayPort: portSchema.default(18789).describe("the gateway's port on the node"),
    restartCmd: z.string().min(1).optional().describe('how to restart the gateway when neither systemd nor launchd manages it'),
    hostKey: fingerprintSchema.optional().describe('the pinned host key (`SHA256:…`); without it an owner is asked to trust it'),
  })
  .transform(({ name, ...n }) => ({ ...n, name: name ?? n.id }));

/** Top-level keys: this machine as a node, and the nodes declared in the file. */
export const fleetSection = defineSection({
  key: 'fleet',
  root: true,
  schema: z.object({
    localNode: z.boolean().default(true).describe('register this machine as node `local`'),
    nodes: z.array(declaredNodeSchema).default([]).describe('nodes declared in the file (see the example below); /newnode adds nodes at run time too').meta({ defaultDoc: 'none' }),
  }),
  finish: (v, { cwd }) => ({ ...v, nodes: v.nodes.map((n) => (n.keyPath ? { ...n, keyPath: resolve(cwd, n.keyPath) } : n)) }),
  check(v) {
    const errors: string[] = [];
    const ids = v.nodes.map((n) => n.id);
    // i18n-exempt: start-up config error, printed before any chat
    for (const dup of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) errors.push(`nodes: node id '${dup}' is declared twice`);
    // i18n-exempt: start-up config error, printed before any chat
    if (ids.includes('local')) errors.push("nodes: 'local' is the built-in node; give the declared node another id");
    return errors;
  },
});

export type DeclaredNode = z.output<typeof declaredNodeSchema>;
