# OCM messages — English, the complete locale. Every sentence OCM shows a person is here.
# Keys are grouped by area; each area's section is owned by the code under the path it names.

## core: src/core, src/i18n

# Errors (plain text: no markup)
error-with-hint = { $error } — { $hint }
error-external = { $service }: { $error }
error-internal = internal error (details are in the OCM log)
# TRANSITION (issue 13): a hint still written as an English sentence in code
error-legacy = { $text }

# Durations and times
duration-s = { $s } s
duration-min = { $m } min
duration-h = { $m ->
    [0] { $h } h
   *[other] { $h } h { $m } min
}
duration-d = { $h ->
    [0] { $d } d
   *[other] { $d } d { $h } h
}
time-ago = { $duration } ago



## pipeline: src/pipeline, src/bot, src/help, src/app.ts, src/main.ts

# Pipeline (src/pipeline/pipeline.ts)
pipeline-denied = ⛔ Not authorized; your Telegram id is { $id }.
pipeline-op-target = { $action } { $target }
pipeline-queued-running-now = the operations running now
pipeline-queued = ⏳ Queued: { $op } waits for { $holder } to finish.
pipeline-timed-out = timed out after { $duration } and was marked failed
pipeline-failed = ❌ <b>{ $op }</b>: { $error }
pipeline-unknown-operation = Unknown operation <b>{ $action }</b>. See /help.
pipeline-unexpected-words = ⚠️ unexpected { $count ->
    [one] word
   *[other] words
} { $words }
    Usage: { $usage }
pipeline-invalid-params = ⚠️ { $problem }
    Usage: { $usage }
pipeline-confirm-what = { $line } ({ $target })
pipeline-error = ❌ { $error }

# Confirmations (src/pipeline/confirmations.ts)
confirm-prompt = ⚠️ Please confirm: <b>{ $what }</b>
    <i>Only { $who } can answer · expires in { $expires }</i>
confirm-prompt-high = 🛑 High-risk operation: <b>{ $what }</b>
    Step 1 of 2: confirm, then type the safety code you will be shown.
    <i>Only { $who } can answer · expires in { $expires }</i>
confirm-code-prompt = 🔐 Step 2 of 2: type the safety code <b>{ $code }</b> to run: <b>{ $what }</b>
    <i>{ $tries ->
        [one] { $tries } try
       *[other] { $tries } tries
    } · expires in { $expires }</i>
confirm-button-confirm = ✅ Confirm
confirm-button-cancel = ✖ Cancel
confirm-expired = ⌛ Expired after { $expires } — nothing was done: <b>{ $what }</b>. Send the command again to retry.
confirm-cancelled = ✖ Cancelled — nothing was done: <b>{ $what }</b>
confirm-cancelled-because = ✖ Cancelled ({ $reason }) — nothing was done: <b>{ $what }</b>
confirm-reason-stopping = OCM is stopping
confirm-confirmed = ✅ Confirmed by { $who }: <b>{ $what }</b>
confirm-code-accepted = ✅ Safety code accepted: <b>{ $what }</b>
confirm-code-cancelled = ✖ Cancelled after { $count } wrong codes — nothing was done: <b>{ $what }</b>
confirm-code-wrong-final = ✖ Wrong code { $count } times: cancelled, nothing was done.
confirm-code-wrong = ✖ Wrong code — { $left ->
    [one] { $left } try
   *[other] { $left } tries
} left.
confirm-answer-gone = This request was already answered or has expired.
confirm-answer-not-yours = Only { $who } can answer this request.
confirm-answer-cancelled = Cancelled
confirm-answer-type-code = Type the safety code shown in the message.
confirm-answer-now-code = Now type the safety code
confirm-answer-confirmed = Confirmed

# Commands outside the catalog
command-cancel = Cancel what is waiting for your answer

# /lang (src/help)
action-lang = Choose the language OCM answers this chat in (en, zh, ja)
lang-invalid = must be en, zh or ja
lang-no-chat = /lang sets the language of a chat; this request has none.
lang-current-chosen = 🌐 This chat's language: { $lang } (chosen with /lang). Change it with /lang en, /lang zh or /lang ja.
lang-current-auto = 🌐 This chat's language: { $lang } (from your Telegram app or OCM's default). Choose one with /lang en, /lang zh or /lang ja.
lang-set = 🌐 Language set to { $lang }.
lang-name-en = English
lang-name-zh = 简体中文 (Simplified Chinese)
lang-name-ja = 日本語 (Japanese)





## nodes: src/nodes (transports, service, model, agent, config, keys)





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor

action-doctor = Check OCM's set-up: Telegram, Claude, SSH key, every node, backups, disk, clock
action-version = OCM's version, uptime, Node.js, agent and database schema

# /doctor and `npm run doctor` (plain text: the chat shows the report in <pre>)
doctor-checking = 🩺 Checking the set-up…
doctor-head-failed = <b>🩺 OCM doctor: problems found</b>
doctor-head-warned = <b>🩺 OCM doctor: usable, with warnings</b>
doctor-head-passed = <b>🩺 OCM doctor: all checks passed</b>
doctor-cli-header = OCM doctor · OCM { $version } · Node { $node }
doctor-cli-config-blocked = ❌ the config must be fixed before the other checks can run
doctor-cli-failed = ❌ problems found: fix the lines marked ❌ (the → line says how)
doctor-cli-warned = ⚠️ usable, with warnings
doctor-cli-passed = ✅ all checks passed
doctor-cli-crashed = ocm doctor: unexpected failure: { $error }
doctor-line = { $mark } { $area }: { $text }
doctor-line-next = {"   "}→ { $next }
doctor-check-config = config
doctor-check-telegram = Telegram
doctor-check-claude = Claude
doctor-check-ssh-key = SSH key
doctor-check-nodes = nodes
doctor-check-backup-repo = backup repo
doctor-check-backup-remote = backup remote
doctor-check-disk = disk
doctor-check-files = files
doctor-check-clock = clock
doctor-net-timed-out = timed out
doctor-unknown-error = error
doctor-no-output = no output
doctor-version-unknown = version unknown

doctor-config-ok = { $file } and the environment parse
doctor-config-ok-defaults = no ocm.yaml: defaults and the environment parse
doctor-config-problem = { $error }
    .next = fix the key named in ocm.yaml or its environment variable (see the README configuration table)

doctor-telegram-no-token = no bot token: OCM runs as a console chat on the terminal (set TELEGRAM_BOT_TOKEN for the bot)
doctor-telegram-unreachable = cannot reach { $root } ({ $error })
    .next = check the network from this machine, a proxy, or TELEGRAM_API_ROOT
doctor-telegram-token-refused = the bot token was refused by getMe ({ $status } { $description })
    .next = copy the token again from @BotFather (/mybots → API Token) into TELEGRAM_BOT_TOKEN in /etc/ocm/env, then restart OCM
doctor-telegram-getme-status = getMe answered { $status }
    .next = try again later; if it persists check TELEGRAM_API_ROOT
doctor-telegram-token-ok = token valid: bot @{ $username } answers getMe
doctor-telegram-owners = { $count ->
    [one] { $count } owner set
   *[other] { $count } owners set
} ({ $ids })
doctor-telegram-no-owners = no owners set: nobody may operate
    .next = set OCM_OWNER_IDS to your numeric Telegram user id (ask @userinfobot)
doctor-telegram-commands-ok = setMyCommands accepted ({ $count ->
    [one] { $count } command
   *[other] { $count } commands
})
doctor-telegram-commands-refused = setMyCommands refused ({ $status }): the command menu may be stale
    .next = harmless for commands typed by hand; check the Bot API server
doctor-telegram-commands-failed = setMyCommands failed ({ $error })
    .next = harmless for commands typed by hand

doctor-claude-no-key = no API key: natural language uses the built-in fallback parser (set ANTHROPIC_API_KEY for Claude)
doctor-claude-key-refused = the API key was refused ({ $status })
    .next = create a key at console.anthropic.com and set ANTHROPIC_API_KEY; without one OCM uses the fallback parser
doctor-claude-models-status = the models list answered { $status }
    .next = natural language falls back to the built-in parser while Claude is unavailable
doctor-claude-model-missing = key valid, but the model { $model } is not in the models list
    .next = set OCM_INTENT_MODEL to a listed model
doctor-claude-ok = key valid ({ $count ->
    [one] { $count } model listed
   *[other] { $count } models listed
})
doctor-claude-unreachable = cannot reach { $base } ({ $error })
    .next = natural language falls back to the built-in parser; check the network or ANTHROPIC_BASE_URL

doctor-ssh-key-missing = { $path } not created yet: OCM creates it at first start
doctor-ssh-key-open = { $path } is readable by others (mode { $mode })
    .next = chmod 600 { $path }
doctor-ssh-key-unusable = { $path } is not a usable private key ({ $error })
    .next = move it away; OCM creates a new one at start (then install the new public key on the nodes)
doctor-ssh-key-ok = { $path } present, mode { $mode }
doctor-ssh-key-unreadable = cannot read { $path } ({ $code })
    .next = run OCM and the doctor as the same user (the service runs as ocm)

doctor-nodes-none = none registered yet (add one with /newnode or nodes: in ocm.yaml)
doctor-node-local-ok = this machine, OpenClaw { $version }
doctor-node-local-no-openclaw = this machine: OpenClaw is not installed
    .next = install OpenClaw, or run OCM with local_node off
doctor-node-local-agent-failed = the local agent failed ({ $error })
    .next = run `npm run build:agent` in the OCM checkout
doctor-node-host-key-untrusted = { $where }: host key not trusted yet, so OCM does not connect
    .next = compare the fingerprint OCM shows with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the node, then /trusthost { $node }
doctor-node-key-path = check key_path of the node
doctor-node-host-key-changed = { $where }: the SSH host key changed (pinned { $pinned }, now { $presented }); OCM refuses to connect
    .next = if the machine was reinstalled on purpose, check the new key on it and re-pin with /trusthost { $node }; otherwise treat it as an attack
doctor-node-unreachable = { $where }: unreachable ({ $error })
    .next = check that the machine is up and sshd listens on port { $port } (`ssh -p { $port } { $user }@{ $host }` from this machine), and the firewall
doctor-node-no-agent = { $where }: reachable, host key matches; the OCM agent is not installed yet
    .next = OCM installs it at its next contact with the node (e.g. /status)
doctor-node-ok = { $where }: reachable, host key matches, { $agent }, { $openclaw }
doctor-node-agent-current = agent current
doctor-node-agent-outdated = agent { $remote } outdated (OCM has { $ours })
doctor-node-openclaw-version = OpenClaw { $version }
doctor-node-openclaw-missing = OpenClaw not installed
doctor-node-status-failed = status failed ({ $error })
doctor-node-agent-replace = OCM replaces the agent at its next contact (e.g. /status)
doctor-node-look = look at /status { $node } and /logs { $node }

doctor-backup-repo-missing = { $dir } not created yet: the first backup creates it
doctor-backup-repo-ok = { $dir }: git fsck clean
doctor-backup-repo-broken = { $dir }: git fsck found problems ({ $output })
    .next = run `git -C { $dir } fsck`; if objects are lost, move the folder away and clone the remote into it
doctor-backup-remote-none = none configured: backups stay on this machine (set OCM_BACKUP_REMOTE to push them)
doctor-backup-deploy-key-missing = the deploy key { $path } does not exist
    .next = set OCM_BACKUP_DEPLOY_KEY to the private key whose public half is a deploy key (write access) on the repository
doctor-backup-remote-next = check the URL, that the deploy key is added to the repository with "Allow write access", and the network to the git host
doctor-backup-remote-reachable = { $remote } reachable (write access is checked once the repo exists)
doctor-backup-remote-unreachable = { $remote } not reachable ({ $output })
doctor-backup-remote-writable = { $remote } reachable and writable (dry-run push)
doctor-backup-remote-refused = { $remote }: dry-run push refused ({ $output })

doctor-disk-free = { $dir }: { $free } GB free ({ $pct }%)
doctor-disk-full-next = free space on that disk (old logs, data/tmp) or move OCM_DATA_DIR; SQLite and git fail when it is full
doctor-disk-low-next = free some space before it fills up
doctor-disk-unreadable = cannot read { $dir } ({ $code })
    .next = check OCM_DATA_DIR and its permissions

doctor-files-missing = { $dir } does not exist yet (OCM creates it 0700 at start)
doctor-files-ok = { $dir }: folders 0700, files 0600
doctor-files-wide = readable by other users: { $names }
    .next = OCM tightens them at its next start; or now: chmod -R go-rwx { $dir }

doctor-clock-no-source = { $time } (no remote time source to compare with)
doctor-clock-skew = { $skew } s against the Date of { $count ->
    [one] an API answer
   *[other] the API answers
}
doctor-clock-fail-next = enable time sync (`timedatectl set-ntp true`); schedules, alerts and TLS depend on it
doctor-clock-warn-next = enable time sync (`timedatectl set-ntp true`)

# /version (Telegram HTML)
doctor-version-ocm = <b>OCM</b> { $version }
doctor-version-uptime = Uptime: { $uptime }
doctor-version-node = Node.js: { $node }
doctor-version-agent = Agent: { $agent }
doctor-version-schema = Schema: { $count ->
    [one] { $count } migration
   *[other] { $count } migrations
}
doctor-version-schema-last = Schema: { $count ->
    [one] { $count } migration
   *[other] { $count } migrations
} (last { $last })




## offsite: src/offsite, scripts/recover.ts





## web: src/web




