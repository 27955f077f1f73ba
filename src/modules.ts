import { backupModule } from './backup/module.js';
import { builtinSections } from './config.js';
import type { ConfigSection } from './config-schema.js';
import type { AnyAction } from './core/action.js';
import { doctorModule } from './doctor/module.js';
import { helpModule } from './help/module.js';
import { intentsModule } from './intents/module.js';
import type { JobDef } from './jobs/scheduler.js';
import type { ModuleDeps, OcmModule } from './module.js';
import { monitorModule } from './monitor/module.js';
import type { SlowCheck } from './monitor/checks.js';
import { nodesModule } from './nodes/module.js';
import { offsiteModule } from './offsite/module.js';
import type { Migration } from './store/migrate.js';
import type { Msg } from './core/messages.js';
import { webModule } from './web/module.js';
import type { WebSources } from './web/sources.js';

/** Every capability, in order: /help, migrations, checks and jobs follow this order. A new capability is one line here. */
export const MODULES: readonly OcmModule[] = [helpModule, nodesModule, backupModule, intentsModule, monitorModule, webModule, doctorModule, offsiteModule];

/** Every operation OCM knows, from the modules in order. Slash commands, natural language, buttons and jobs all draw from here. */
export function createCatalog(deps: ModuleDeps, modules: readonly OcmModule[] = MODULES): AnyAction[] {
  const catalog = modules.flatMap((m) => m.actions?.(deps) ?? []);
  const seen = new Set<string>();
  for (const a of catalog) {
    if (seen.has(a.name)) throw new Error(`two modules declare the action ${a.name}`);
    seen.add(a.name);
  }
  return catalog;
}

export function moduleMigrations(modules: readonly OcmModule[]): Migration[] {
  return modules.flatMap((m) => m.migrations ?? []);
}

export function moduleJobs(modules: readonly OcmModule[], deps: ModuleDeps): JobDef[] {
  return modules.flatMap((m) => m.jobs?.(deps) ?? []);
}

export function moduleChecks(modules: readonly OcmModule[], deps: ModuleDeps): SlowCheck[] {
  return modules.flatMap((m) => m.checks?.(deps) ?? []);
}

export function moduleStatusLines(modules: readonly OcmModule[], deps: ModuleDeps): Msg[] {
  return modules.flatMap((m) => m.statusLine?.(deps) ?? []);
}

export function moduleWebSources(modules: readonly OcmModule[], deps: ModuleDeps): WebSources {
  return Object.assign({}, ...modules.map((m) => m.webSources?.(deps) ?? {})) as WebSources;
}

/**
 * The catalog for listing only (tool lists, help text, evaluations): the actions are bound to
 * placeholders that throw when an action uses a service, so it can never run one by mistake.
 */
export function listingCatalog(modules: readonly OcmModule[] = MODULES): AnyAction[] {
  const unavailable = (key: string | symbol) => (): never => {
    throw new Error(`this catalog is for listing only: ${String(key)} is not available`);
  };
  const placeholder = (key: string | symbol): unknown => new Proxy(() => undefined, { get: unavailable(key), apply: unavailable(key) });
  return createCatalog(new Proxy({} as ModuleDeps, { get: (_t, key) => placeholder(key) }), modules);
}

/**
 * The config sections OCM parses: its own (telegram, data dir, pipeline) and every module's, in the
 * module order. The built-in capabilities' sections are also in `builtinSections` (that is what types
 * `Config`); a new module's sections are added after them. Two different sections with one key are refused.
 */
export function configSections(modules: readonly OcmModule[] = MODULES): ConfigSection[] {
  const out: ConfigSection[] = [...builtinSections];
  for (const s of modules.flatMap((m) => m.config ?? [])) {
    const same = out.find((o) => o.key === s.key);
    if (same === s) continue;
    if (same) throw new Error(`two config sections use the key ${s.key}`);
    out.push(s);
  }
  return out;
}
