/**
 * A sentence for a person, as a key of the message catalog (locales/*.ftl) and its arguments,
 * rendered in the reader's language at the edge (src/i18n). Leaf: imports nothing.
 */
export interface Msg {
  /** Fluent message id, or "id.attribute". */
  key: string;
  args?: MsgArgs;
}

/** Already-safe Telegram HTML inserted as is (a fragment built from escaped parts). */
export interface Html {
  readonly __html: string;
}

/** A plain-text message (an error's) placed inside an HTML one: rendered as text, then escaped. */
export interface AsText {
  readonly __text: Msg;
  /** Drops a leading "<this>: " from the text (a node id where the node is named already). */
  readonly without?: string;
}

/** Strings are data (escaped in HTML), numbers select plurals, dates show in the configured zone. */
export type MsgArg = string | number | Date | Msg | Html | AsText | null | undefined;
export type MsgArgs = Record<string, MsgArg>;

export function msg(key: string, args?: MsgArgs): Msg {
  return args ? { key, args } : { key };
}

export function html(fragment: string): Html {
  return { __html: fragment };
}

export function asText(m: Msg, without?: string): AsText {
  return without ? { __text: m, without } : { __text: m };
}

export function isAsText(v: unknown): v is AsText {
  return typeof v === 'object' && v !== null && '__text' in v;
}

export function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).key === 'string' && !('__html' in v) && !('__text' in v);
}

let renderEnglish: (m: Msg) => string = (m) => m.key;
let keyExists: (key: string) => boolean = () => false;

/** Installed by src/i18n so that an error's `.message` (logs, audit) is its English text. */
export function setMessageRenderer(fn: (m: Msg) => string, exists: (key: string) => boolean): void {
  renderEnglish = fn;
  keyExists = exists;
}

/** Whether the catalog has the key ("id" or "id.attribute"). */
export function hasKey(key: string): boolean {
  return keyExists(key);
}

export function englishOf(m: Msg): string {
  return renderEnglish(m);
}

/**
 * A message OCM starts itself (alert, notice) before it knows who reads it: stored as keys and
 * arguments, rendered per recipient chat when delivered (src/i18n `renderReply`).
 */
export interface MsgReply {
  msg: Msg;
  buttons?: { text: Msg; data: string }[][];
  silent?: boolean;
}
