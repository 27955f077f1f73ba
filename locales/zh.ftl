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



## web: src/web




