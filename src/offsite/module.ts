import type { ModuleDeps, OcmModule } from '../module.js';
import type { WebSources } from '../web/sources.js';
import { createOffsiteActions } from './actions.js';
import { offsiteConfig, offsiteEnabled, offsiteSection } from './config.js';
import { OFFSITE_MIGRATIONS } from './copies.js';
import { offsiteJobs } from './schedule.js';
import { CONFIGURED_SINCE_KEY, createOffsiteService, type OffsiteService } from './service.js';
import { offsiteSource, offsiteStaleCheck, type OffsiteSource } from './status.js';

const services = new WeakMap<ModuleDeps, OffsiteService>();

/** One service per app (its single-flight lock and Drive client are shared by actions and jobs). */
function serviceFor(deps: ModuleDeps): OffsiteService {
  let s = services.get(deps);
  if (!s) {
    s = createOffsiteService({ config: deps.config, store: deps.store, backups: deps.backups, log: deps.log, now: deps.now, notify: (r) => deps.notify(r) });
    services.set(deps, s);
  }
  return s;
}

/** Offsite copies of the backups and of OCM itself to Google Drive: daily, stable and manual archives, retention, verification. */
export const offsiteModule: OcmModule = {
  name: 'offsite',
  config: [offsiteSection],
  migrations: OFFSITE_MIGRATIONS,
  actions: (deps) =>
    createOffsiteActions({
      // bound lazily: listing the catalog must not open anything
      get offsite() {
        return serviceFor(deps);
      },
      config: () => offsiteConfig(deps.config),
      get log() {
        return deps.log;
      },
      now: () => deps.now(),
      notify: (r) => deps.notify(r),
    }),
  jobs: (deps) => offsiteJobs(offsiteConfig(deps.config), serviceFor(deps)),
  checks: (deps) => [offsiteStaleCheck({ config: deps.config, now: () => deps.now() })],
  // `offsite` is not a key of WebSources yet: the status page reads it once src/web/sources.ts declares it
  webSources: (deps) => ({ offsite: offsiteSource(deps.config, deps.store, () => deps.now()) }) satisfies { offsite: OffsiteSource } as unknown as WebSources,
  onStart: ({ config, store, now }) => {
    if (offsiteEnabled(offsiteConfig(config)) && store.kv.get(CONFIGURED_SINCE_KEY) === undefined) store.kv.set(CONFIGURED_SINCE_KEY, now());
  },
};
