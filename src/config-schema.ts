import { z } from 'zod';
import { Secret } from './secret.js';

/**
 * The parts every config section is built from. A section is one zod object whose keys are the
 * camelCase property names of the config object; each key carries `.default()` (or is optional),
 * `.describe()` and, through `.meta()`, the rest of its declaration (env override, YAML name, secret).
 * This file is a leaf: section files import it, src/config.ts assembles the sections.
 */

export interface SettingMeta {
  /** Environment variable that overrides the key (env wins over the file). */
  env?: string;
  /** YAML name when it is not the snake_case form of the property name. */
  yaml?: string;
  /** Never printed: the value becomes a `Secret`. */
  secret?: boolean;
  /** Text for the README's default column when the value alone would mislead. */
  defaultDoc?: string;
}

declare module 'zod' {
  interface GlobalMeta {
    env?: string;
    yaml?: string;
    secret?: boolean;
    defaultDoc?: string;
  }
}

export interface SectionContext {
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Whether this section's key (camelCase) got its value from its environment variable. */
  fromEnv(key: string): boolean;
}

/**
 * One section of the configuration. Its values land on the config object under `key`, or, with
 * `root`, directly on the config object. `finish` derives values after parsing (paths, defaults
 * computed from other keys); `check` returns cross-field problems, one line each.
 */
export interface ConfigSection<K extends string = string, S extends z.ZodObject = z.ZodObject, Out = unknown, R extends boolean = boolean> {
  key: K;
  schema: S;
  root?: R;
  finish?(value: z.output<S>, ctx: SectionContext): Out;
  check?(value: Out, ctx: SectionContext): string[];
}

/** What a section yields on the config object. */
export type SectionValue<X> = X extends { finish(value: never, ctx: never): infer O } ? O : X extends { schema: infer S extends z.ZodType } ? z.output<S> : never;

/** Declares a section, keeping its key and value types for the inferred `Config`. */
export function defineSection<const K extends string, S extends z.ZodObject, Out = z.output<S>, const R extends boolean = false>(
  section: ConfigSection<K, S, Out, R>,
): ConfigSection<K, S, Out, R> & { finish(value: z.output<S>, ctx: SectionContext): Out } {
  const finish = section.finish ?? ((value: z.output<S>) => value as unknown as Out);
  return { ...section, finish };
}

export const positiveSeconds = z.coerce.number({ error: 'must be a number of seconds' }).positive({ error: 'must be more than 0' });

export const booleanSetting = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v))], {
  error: 'must be true or false',
});

export const byteCount = z.coerce.number({ error: 'must be a number of bytes' }).int({ error: 'must be a whole number of bytes' }).positive({ error: 'must be more than 0' });

export const wholeCount = z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be more than 0' });

/** A secret string: validated as text, then kept in a `Secret` so no printout shows it. */
export function secretSetting(text: z.ZodString = z.string().min(1)) {
  return text.transform((v) => new Secret(v)).meta({ secret: true });
}

// ---- reading a schema's declaration (used by the loader and by the README generator) ----

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  defaultValue?: unknown;
}

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/transform wrappers: an object, an array, a string… */
export function baseOf(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** Metadata of a key, merged over its wrappers (the outermost declaration wins). */
export function metaOf(schema: z.ZodType): SettingMeta & { description?: string } {
  const levels: z.ZodType[] = [];
  let s: z.ZodType | undefined = schema;
  while (s) {
    levels.push(s);
    const d = defOf(s);
    s = WRAPPERS.has(d.type) ? d.innerType : d.type === 'pipe' ? d.in : undefined;
  }
  const out: SettingMeta & { description?: string } = {};
  for (const level of levels.reverse()) Object.assign(out, z.globalRegistry.get(level) ?? {});
  return out;
}

/** The `.default()` of a key, if it has one. */
export function defaultOf(schema: z.ZodType): { value: unknown } | undefined {
  let s: z.ZodType | undefined = schema;
  while (s) {
    const d = defOf(s);
    if (d.type === 'default') return { value: d.defaultValue };
    s = WRAPPERS.has(d.type) ? d.innerType : d.type === 'pipe' ? d.in : undefined;
  }
  return undefined;
}

export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** One declared key, with its place in the YAML file and in the config object. */
export interface Setting {
  /** Property path on the config object, e.g. ['backup', 'healthWaitS']. */
  path: string[];
  /** YAML path, e.g. 'backup.health_wait_s'; elements of a list of objects: 'nodes[].host'. */
  yaml: string;
  schema: z.ZodType;
  meta: SettingMeta & { description?: string };
  /** Keys of a nested object (a section, or the elements of a list of objects), by YAML name. */
  children?: Map<string, Setting>;
  /** The key holds a list (env values are comma-separated). */
  list: boolean;
  /** A whole section, not a key of its own. */
  section?: boolean;
}

function settingsOf(shape: Record<string, z.ZodType>, path: string[], yamlPrefix: string): Map<string, Setting> {
  const out = new Map<string, Setting>();
  for (const [key, schema] of Object.entries(shape)) {
    const meta = metaOf(schema);
    const name = meta.yaml ?? snakeCase(key);
    const yaml = `${yamlPrefix}${name}`;
    const base = baseOf(schema);
    const list = base instanceof z.ZodArray;
    const element = list ? baseOf((base as z.ZodArray<z.ZodType>).element) : base;
    const setting: Setting = { path: [...path, key], yaml, schema, meta, list };
    if (element instanceof z.ZodObject) setting.children = settingsOf(element.shape as Record<string, z.ZodType>, [...path, key], `${yaml}${list ? '[]' : ''}.`);
    out.set(name, setting);
  }
  return out;
}

/** Every key of the sections, by YAML name at the top level (root sections' keys sit there too). */
export function settingsTree(sections: readonly ConfigSection[]): Map<string, Setting> {
  const top = new Map<string, Setting>();
  const envs = new Set<string>();
  const add = (name: string, s: Setting): void => {
    if (top.has(name)) throw new Error(`config: two sections declare '${name}'`);
    top.set(name, s);
  };
  for (const section of sections) {
    const shape = section.schema.shape as Record<string, z.ZodType>;
    if (section.root) {
      for (const [name, s] of settingsOf(shape, [], '')) add(name, s);
    } else {
      const name = snakeCase(section.key);
      add(name, { path: [section.key], yaml: name, schema: section.schema, meta: {}, list: false, section: true, children: settingsOf(shape, [section.key], `${name}.`) });
    }
  }
  for (const s of flatSettings(top)) {
    if (!s.meta.env) continue;
    if (envs.has(s.meta.env)) throw new Error(`config: ${s.meta.env} is declared twice`);
    envs.add(s.meta.env);
  }
  return top;
}

/** Depth-first: every key with its nested keys after it (sections themselves are left out). */
export function flatSettings(tree: Map<string, Setting>): Setting[] {
  return [...tree.values()].flatMap((s) => [...(s.section ? [] : [s]), ...(s.children ? flatSettings(s.children) : [])]);
}
