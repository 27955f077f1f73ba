import type { ModuleDeps, OcmModule } from '../module.js';
import type { WebSources } from '../web/sources.js';
import { createOffsiteActions } from './actions.js';
import { offsiteConfig, offsiteEnabled, offsiteSection } from './config.js';
import { OFFSITE_MIGRATIONS } from './copies.js';
import { offsiteJobs } from './schedule.js';
import { CONFIGURED_SINCE_KEY, createOffsiteService, type OffsiteService } from './service.js';
import { offsiteSource, offsiteStaleCheck, offsiteStatusLine, type OffsiteSource } from './status.js';

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
  statusLine: (deps) => offsiteStatusLine(deps.config, deps.store, deps.now()),
  jobs: (deps) => offsiteJobs(offsiteConfig(deps.config), serviceFor(deps)),
  checks: (deps) => [offsiteStaleCheck({ config: deps.config, now: () => deps.now() })],
  webSources: (deps): WebSources => ({ offsite: offsiteSource(deps.config, deps.store, () => deps.now()) }),
  onStart: ({ config, store, now }) => {
    if (offsiteEnabled(offsiteConfig(config)) && store.kv.get(CONFIGURED_SINCE_KEY) === undefined) store.kv.set(CONFIGURED_SINCE_KEY, now());
  },
};
