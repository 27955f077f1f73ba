# OCM 消息 —— 简体中文。

## core: src/core, src/i18n

# 错误（纯文本，不含标记）
error-with-hint = { $error } —— { $hint }
error-external = { $service }：{ $error }
error-internal = 内部错误（详情见 OCM 日志）
error-legacy = { $text }

# 时长与时间
duration-s = { $s } 秒
duration-min = { $m } 分钟
duration-h = { $m ->
    [0] { $h } 小时
   *[other] { $h } 小时 { $m } 分钟
}
duration-d = { $h ->
    [0] { $d } 天
   *[other] { $d } 天 { $h } 小时
}
time-ago = { $duration }前



## pipeline: src/pipeline, src/bot, src/help, src/app.ts, src/main.ts

# 流水线
pipeline-denied = ⛔ 无权操作；你的 Telegram id 是 { $id }。
pipeline-op-target = { $action } { $target }
pipeline-queued-running-now = 正在运行的操作
pipeline-queued = ⏳ 已排队：{ $op } 等待 { $holder } 完成。
pipeline-timed-out = { $duration }后超时，已标记为失败
pipeline-failed = ❌ <b>{ $op }</b>：{ $error }
pipeline-unknown-operation = 未知操作 <b>{ $action }</b>。请看 /help。
pipeline-unexpected-words = ⚠️ 多余的参数 { $words }
    用法：{ $usage }
pipeline-invalid-params = ⚠️ { $problem }
    用法：{ $usage }
pipeline-confirm-what = { $line }（{ $target }）
pipeline-error = ❌ { $error }

# 确认
confirm-prompt = ⚠️ 请确认：<b>{ $what }</b>
    <i>仅 { $who } 可以回答 · { $expires }后失效</i>
confirm-prompt-high = 🛑 高风险操作：<b>{ $what }</b>
    第 1 步（共 2 步）：先确认，然后输入将显示的安全码。
    <i>仅 { $who } 可以回答 · { $expires }后失效</i>
confirm-code-prompt = 🔐 第 2 步（共 2 步）：输入安全码 <b>{ $code }</b> 以执行：<b>{ $what }</b>
    <i>还可尝试 { $tries } 次 · { $expires }后失效</i>
confirm-button-confirm = ✅ 确认
confirm-button-cancel = ✖ 取消
confirm-expired = ⌛ { $expires }内无应答，已失效 —— 未执行任何操作：<b>{ $what }</b>。如需重试请重新发送命令。
confirm-cancelled = ✖ 已取消 —— 未执行任何操作：<b>{ $what }</b>
confirm-cancelled-because = ✖ 已取消（{ $reason }）—— 未执行任何操作：<b>{ $what }</b>
confirm-reason-stopping = OCM 正在停止
confirm-confirmed = ✅ 已由 { $who } 确认：<b>{ $what }</b>
confirm-code-accepted = ✅ 安全码正确：<b>{ $what }</b>
confirm-code-cancelled = ✖ 安全码错误 { $count } 次，已取消 —— 未执行任何操作：<b>{ $what }</b>
confirm-code-wrong-final = ✖ 安全码错误 { $count } 次：已取消，未执行任何操作。
confirm-code-wrong = ✖ 安全码错误 —— 还可尝试 { $left } 次。
confirm-answer-gone = 此请求已被回答或已失效。
confirm-answer-not-yours = 只有 { $who } 可以回答此请求。
confirm-answer-cancelled = 已取消
confirm-answer-type-code = 请输入消息中显示的安全码。
confirm-answer-now-code = 现在请输入安全码
confirm-answer-confirmed = 已确认

# 目录之外的命令
command-cancel = 取消正在等待你回答的请求

# /lang
action-lang = 选择 OCM 在本聊天中使用的语言（en、zh、ja）
lang-invalid = 必须是 en、zh 或 ja
lang-no-chat = /lang 用于设置聊天的语言；此请求不属于任何聊天。
lang-current-chosen = 🌐 本聊天的语言：{ $lang }（用 /lang 选择）。可用 /lang en、/lang zh 或 /lang ja 更改。
lang-current-auto = 🌐 本聊天的语言：{ $lang }（来自 Telegram 客户端或 OCM 默认设置）。可用 /lang en、/lang zh 或 /lang ja 选择。
lang-set = 🌐 语言已设置为 { $lang }。
lang-name-en = English（英语）
lang-name-zh = 简体中文
lang-name-ja = 日本語（日语）





## nodes: src/nodes (transports, service, model, agent, config, keys)





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## offsite: src/offsite, scripts/recover.ts

# 归档与加密（src/offsite/archive.ts、crypto.ts）
offsite-wrong-passphrase = 口令错误：这个归档是用另一个 offsite.passphrase 加密的
    .hint = 把 OCM_OFFSITE_PASSPHRASE（offsite.passphrase）设为制作副本时用的口令
offsite-passphrase-needed = 这个归档已加密，但没有设置口令
    .hint = 把 OCM_OFFSITE_PASSPHRASE（offsite.passphrase）设为制作副本时用的口令
offsite-archive-damaged = 归档已损坏或不完整（无法解密或解包）
    .hint = 换一个更早的副本（--date YYYY-MM-DD）；/offsite verify 会检查最新的副本
offsite-archive-not-encrypted = 不是加密的 OCM 归档
offsite-archive-no-manifest = 归档里没有可读的 MANIFEST.json：不是 OCM 的异地副本，或者被截断了

# Google Drive（src/offsite/drive.ts）
offsite-credentials-unreadable = 无法读取服务账号密钥文件 { $file }
    .hint = 为服务账号下载一个 JSON 密钥（Google Cloud 控制台 → IAM → 服务账号 → 密钥），保存为只有 OCM 的用户可读（chmod 600），并把 offsite.drive.credentials_file（OCM_OFFSITE_CREDENTIALS_FILE）设为它的路径
offsite-credentials-invalid = { $file } 不是服务账号密钥（应为 type 为 "service_account"、含 client_email 和 private_key 的 JSON）
    .hint = 在 Google Cloud 控制台为服务账号创建 JSON 密钥，并让 offsite.drive.credentials_file 指向它
offsite-drive-key-refused = Google 拒绝了 { $email } 的服务账号密钥（已删除、停用或吊销）
    .hint = 在 Google Cloud 控制台为该服务账号创建新的 JSON 密钥，并让 offsite.drive.credentials_file 指向它
offsite-drive-not-shared = Drive 文件夹 { $folder } 不存在，或没有共享给 { $email }
    .hint = 在 Google Drive 中把该文件夹以“编辑者”身份共享给 { $email }（共享云端硬盘则为“内容管理员”），并检查 offsite.drive.folder_id（文件夹网址末尾的 id）
offsite-drive-not-folder = { $folder } 是文件，不是 Drive 文件夹
    .hint = 把 offsite.drive.folder_id 设为一个文件夹的 id（网址中 /folders/ 之后的部分）
offsite-drive-forbidden = { $email } 能读取 Drive 文件夹 { $folder }，但不能写入
    .hint = 把该文件夹以“编辑者”身份共享给 { $email }（共享云端硬盘则为“内容管理员”）
offsite-drive-quota = { $email } 的 Drive 存储配额已用尽
    .hint = 清理该文件夹所在云端硬盘的空间，或改用共享云端硬盘中的文件夹（服务账号自己没有存储空间）
offsite-drive-unavailable = Drive 返回 HTTP { $status }（繁忙或出错）；OCM 已重试，暂时放弃
offsite-drive-unreachable = 无法连接 { $url }（{ $code }）
offsite-drive-failed = Drive 拒绝了请求（HTTP { $status }）

# /offsite 及其定时任务（src/offsite/actions.ts、service.ts、schedule.ts）
action-offsite = Google Drive 上的异地副本：上一次与下一次、已用空间、下次清理会删除什么；upload：手动副本（永久保留）；verify：检查最新副本
action-offsitedaily = 每日完整副本（所有节点和 OCM 自身）上传到 Google Drive，然后按保留策略清理
action-offsitestable = 把新的稳定标签复制到 Google Drive（每个节点每个标签一个归档）
action-offsiteweekly = 每周检查最新的异地副本（下载、解密、按清单核对每个成员、git bundle verify）
offsite-what-invalid = 必须是 status、upload 或 verify
offsite-not-configured = 异地副本未配置：未设置 { $missing }
    .hint = 在 ocm.yaml 中设置 offsite.drive.credentials_file 和 offsite.drive.folder_id（或 OCM_OFFSITE_CREDENTIALS_FILE 和 OCM_OFFSITE_FOLDER_ID）；见 README 的 “Offsite copies” 一节
offsite-busy = 已有一个异地副本上传或检查正在进行
    .hint = 等它完成后再试
offsite-none-yet = Drive 上还没有异地副本
    .hint = 用 /offsite upload 制作一个
offsite-db-copy-bad = OCM 数据库的脱敏副本未通过完整性检查（{ $problem }）
    .hint = 没有上传任何内容；请报告此问题，以便修正脱敏规则
offsite-git-failed = git { $what } 失败：{ $error }
offsite-progress-upload = ☁️ 正在打包所有节点的备份和 OCM 自身，上传到 Google Drive…
offsite-progress-verify = 🔎 正在下载并检查最新的异地副本…
offsite-uploaded = ☁️ 已上传 <code>{ $file }</code>（{ $size }）到 { $kind }/ { $encrypted ->
    [1] 🔐 已加密
   *[other] ⚠️ 未加密（未设置 offsite.passphrase）
}
offsite-cleanup-deleted = 🧹 保留策略删除了 { $count } 个旧副本：{ $names }
offsite-cleanup-nothing = 🧹 保留策略：没有需要删除的副本。
offsite-daily-done = 今天的每日副本已在 Drive 上：<code>{ $name }</code>
offsite-stable-none = 没有等待异地复制的稳定标签。
offsite-stable-uploaded = ☁️ { $node }：<code>{ $file }</code>（{ $size }）
offsite-stable-failed = ❌ { $node } { $tag }：{ $error }
offsite-stable-all-failed = 没有一个稳定副本上传成功：{ $errors }
offsite-verify-ok = ✅ <code>{ $name }</code>（{ $time }）完好：{ $members } 个成员，{ $size }{ $encrypted ->
    [1] ，已解密，
   *[other] ，
}每个 SHA-256 都与清单一致；git bundle verify：OK（{ $refs } 个引用）；数据库通过完整性检查。
offsite-verify-bad = ❌ <code>{ $name }</code>（{ $time }）未通过检查：{ $problems }
offsite-verify-failed = 异地副本 { $name } 未通过检查：{ $problems }
    .hint = 用 /offsite upload 制作新副本，再用 /offsite verify 检查
offsite-problem-missing = 缺少 { $member }
offsite-problem-size = { $member } 的大小与清单不符
offsite-problem-sha256 = { $member } 的 SHA-256 不符
offsite-problem-unexpected = { $member } 不在清单中
offsite-verify-bundle-bad = git bundle verify 失败（{ $error }）
offsite-verify-db-bad = 数据库副本未通过完整性检查（{ $problem }）

# /offsite 状态
offsite-status-off = ☁️ 异地副本已关闭：未设置 { $missing }。请设置 offsite.drive.credentials_file 和 offsite.drive.folder_id（OCM_OFFSITE_CREDENTIALS_FILE、OCM_OFFSITE_FOLDER_ID）；步骤见 README 的 “Offsite copies” 一节。
offsite-status-head = ☁️ <b>异地副本</b> → Google Drive 文件夹 <b>{ $folder }</b>，身份 <code>{ $email }</code>
offsite-status-problem = ❌ { $error }
offsite-status-encrypted = 🔐 上传前已加密（AES-256-GCM，密钥由口令派生）。没有口令，任何人都读不了这些副本，你自己也不例外。
offsite-status-not-encrypted = ⚠️ <b>未加密</b>：能访问该文件夹的人都能读到每个节点的记忆文件。请设置 offsite.passphrase（OCM_OFFSITE_PASSPHRASE）。
offsite-status-last = 上一次副本：<code>{ $name }</code>，{ $size }，{ $time }（{ $ago }）
offsite-status-last-none = 上一次副本：还没有（/offsite upload 现在就做一个）
offsite-status-verified = 上次检查：{ $time }
offsite-status-never-verified = 尚未检查：/offsite verify
offsite-status-next = 下一次每日副本：{ $time }
offsite-status-next-off = 每日副本已关闭（offsite.schedule: off）
offsite-status-failing = ⚠️ 今天已失败 { $count } 次（{ $error }）；下次尝试 { $time }
offsite-status-space = 已用空间：{ $files } 个文件，{ $size }（daily { $daily }，stable { $stable }，manual { $manual }）
offsite-status-cleanup-none = 下次清理（演练）：没有要删除的（每日副本保留 { $daily } 天，稳定副本 { $stable } 天）
offsite-status-cleanup = 下次清理（演练）将删除 { $count } 个文件：{ $names }

# 发给所有者的告警
offsite-alert-failing = ⚠️ <b>异地副本失败</b>：今天已失败 { $count } 次（{ $error }）。本地备份未受影响；下次尝试在 { $next }。
offsite-alert-verify = 🚨 <b>异地副本未通过检查</b>：<code>{ $name }</code> —— { $count ->
    [one] { $first }
   *[other] { $count } 个问题，第一个：{ $first }
}。请用 /offsite upload 制作新副本。
offsite-alert-verify-error = 🚨 <b>异地副本的每周检查失败</b>：{ $error }

# /status、状态页、看门狗与 doctor（src/offsite/status.ts）
offsite-status-line = ☁️ 上一次异地副本：{ $time }（{ $age }前）
offsite-status-line-stale = ⚠️ 上一次异地副本：{ $time }（{ $age }前 —— 已超期）
offsite-status-line-none = ⚠️ 还没有异地副本
offsite-incident-summary = 已有 { $age } 没有异地副本
offsite-incident-detail = 上一次异地副本是 { $time } 的 { $name }
offsite-incident-detail-none = 还没有制作过异地副本
offsite-doctor-off = 到 Google Drive 的异地副本已关闭
offsite-doctor-ok = 异地副本：Drive 文件夹 { $folder } 已共享给 { $email }，密钥可用
offsite-doctor-key-mode = 服务账号密钥文件 { $file } 能被其他用户读取
    .hint = chmod 600 { $file }
offsite-doctor-not-encrypted = 异地副本未加密
    .hint = 设置 offsite.passphrase（OCM_OFFSITE_PASSPHRASE），并在 OCM 之外另存一份口令：没有它，副本无法读取
offsite-doctor-stale =
    .hint = 见 /offsite；现在可以用 /offsite upload 制作副本

# 灾难恢复（src/offsite/recover.ts、recover-node.ts、scripts/recover.ts）
offsite-recover-usage = 用法：npm run recover -- --from-drive [--date YYYY-MM-DD] [--node <id>]
offsite-recover-date-invalid = --date 必须是日期，例如 2026-02-15
offsite-recover-internal = 恢复意外失败；详情见 { $log }
offsite-recover-downloading = ☁️ 正在下载 { $name }（{ $size }，制作于 { $time }）并检查每个成员…
offsite-recover-mismatch = 副本 { $name } 与其清单不符：{ $problems }
    .hint = 没有做任何更改；用 --date YYYY-MM-DD 试一个更早的副本
offsite-recover-bad-member = 副本中含有 OCM 从不写入的路径（{ $path }）：已拒绝
    .hint = 没有做任何更改；用 --date YYYY-MM-DD 试一个更早的副本
offsite-recover-not-empty = { $dir } 中已有 OCM 数据（ocm.db 或 backups/）
    .hint = 恢复只填充空的数据目录：把旧目录移走，或把 OCM_DATA_DIR 设为新文件夹
offsite-recover-none = Drive 文件夹中没有完整的异地副本
    .hint = 检查 offsite.drive.folder_id：应是包含 daily/ 和 manual/ 的文件夹
offsite-recover-none-date = Drive 文件夹中没有 { $date } 的完整异地副本
    .hint = 去掉 --date 以使用最新副本，或换一天
offsite-recover-done = ✅ 已从 { $name } 重建 { $dir }：数据库（{ $nodes } 个节点，{ $backups } 个备份）和备份仓库（{ $refs } 个分支和标签，{ $commits } 个提交）。
offsite-recover-key-restored = 🔑 OCM 的 SSH 密钥已恢复：各节点照旧接受 OCM，固定的主机密钥也不变。
offsite-recover-key-missing = ⚠️ 副本中没有 OCM 的 SSH 密钥（未设口令的副本从不包含它）：OCM 启动时会生成新密钥；请把数据目录中的 keys/ocm_ed25519.pub 加入每个节点的 authorized_keys。
offsite-recover-config = 📄 副本中的配置文件（机密已 REDACTED）在 { $path }：请与你的 ocm.yaml 对比，并重新设置机密（在 /etc/ocm/env 或环境变量中）。
offsite-recover-remote = ☁️ 下一次备份会把所有分支和标签推送到 backup.remote（新的空仓库即可）。
offsite-recover-no-remote = ☁️ 未设置 backup.remote：把它设为一个新的空私有仓库，就又有 git 远程了。
offsite-recover-next = 下一步：npm start —— 同样的节点、主机密钥、备份和标签。
offsite-recover-node-invalid = { $node } 不是节点 id（a-z、0-9、-）
offsite-recover-node-needs-data = { $dir } 中没有 OCM 数据库
    .hint = 先重建数据目录：npm run recover -- --from-drive
offsite-recover-node-none = Drive 文件夹中没有 { $node } 的稳定异地副本（日期：{ $date }）
    .hint = 节点获得稳定标签（/stable）时才会制作稳定副本；去掉 --date 以使用最新的
offsite-recover-node-local = 🏷 本地备份仓库中仍有 { $tag }；恢复将使用它。
offsite-recover-node-imported = 🏷 已从 { $name } 在备份仓库中重建 { $tag }（{ $files } 个文件）。
offsite-recover-node-restoring = 🔄 正在把 { $node } 恢复到 { $tag }（先为当前状态做快照；网关会重启）…
offsite-recover-node-failed = { $node } 的恢复失败：{ $error }
    .hint = 节点保留原有文件（失败的恢复会放回旧文件）；请在 OCM 中查看 /events



## web: src/web




