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

# 存储告警的拼接部件（src/monitor/render.ts）
watchdog-text = { $text }
watchdog-plain = { $text }
watchdog-lines =
    { $first }
    { $rest }
watchdog-paragraphs =
    { $first }

    { $rest }
watchdog-list = { $first }，{ $rest }
watchdog-list-semicolon = { $first }；{ $rest }

# 告警标题
watchdog-head-info = 🟡 [提示]
watchdog-head-warn = 🟠 [警告]
watchdog-head-critical = 🔴 [严重]
watchdog-head-escalated = ⬆️ [已升级]
watchdog-head-hardware = 🚨 [严重 — 请检查硬件]
watchdog-head-resolved = ✅ [已解决]

# 故障内容（摘要、详情、恢复，随故障一起存储）
watchdog-summary-offline = { $node } 离线
watchdog-summary-gateway = { $node }：OpenClaw 网关宕机
watchdog-summary-disk = { $node }：磁盘已用 { $pct }%
watchdog-summary-memory = { $node }：内存已用 { $pct }%
watchdog-summary-clock = { $node }：时钟偏差 { $skew } 秒
watchdog-summary-backup-push = 备份推送到远程仓库失败
watchdog-summary-ocm = OCM 自身异常
watchdog-detail-threshold = 超过 { $limit }% 阈值
watchdog-back-to-disk = 磁盘回落到 { $pct }%
watchdog-back-to-memory = 内存回落到 { $pct }%
watchdog-clock-ahead = 该节点时钟比 OCM 快 { $skew } 秒 —— 请检查节点上的 NTP
watchdog-clock-behind = 该节点时钟比 OCM 慢 { $skew } 秒 —— 请检查节点上的 NTP
watchdog-backup-push-failed = 推送失败
watchdog-backup-push-pending = { $error } · 还有 { $pending } 个提交未推送
watchdog-reason-not-installed = 未安装 OpenClaw
watchdog-reason-gateway-unhealthy = 网关在运行，但 127.0.0.1:{ $port } 上的 /health 无响应
watchdog-reason-gateway-not-running = 网关未运行（127.0.0.1:{ $port }/health 无响应）
watchdog-resources = 内存 { $mem }%，磁盘 { $disk }%
watchdog-resources-mem = 内存 { $mem }%
watchdog-resources-disk = 磁盘 { $disk }%
watchdog-auto-ssh-fails = 自动恢复：SSH 连接失败 —— 机器可能需要现场检查
watchdog-auto-restarting = 自动恢复：正在重启网关…
watchdog-auto-restarted = 自动恢复：OCM 已重启网关（pid { $pid }）
watchdog-auto-failed = 自动恢复失败：{ $error }
watchdog-auto-failed-unknown = 自动恢复失败：重启未成功
watchdog-fixed-auto-restart = OCM 自动重启了网关
watchdog-fixed-restart = 重启了网关
watchdog-fixed-restart-by = { $by } 重启了网关
watchdog-fixed-ssh-back = SSH 恢复响应（OCM 未做任何操作）
watchdog-fixed-gateway-back = 网关自行恢复响应（OCM 未做任何操作）
watchdog-fixed-by-itself = 自行恢复
watchdog-resolution-not-found = 检查已不再发现该问题
watchdog-resolution-node-removed = 节点已从 OCM 中移除
watchdog-kind-offline = 离线
watchdog-kind-gateway = 网关宕机
watchdog-kind-disk = 磁盘
watchdog-kind-memory = 内存
watchdog-kind-clock = 时钟偏差
watchdog-kind-backup-push = 备份推送
watchdog-kind-ocm = OCM 自身
watchdog-kind-count = { $kind } { $count } 个

# 单个故障的告警（随故障变化而编辑）
watchdog-alert-title = { $head } <b>{ $title }</b>
watchdog-since = 开始于：{ $time }
watchdog-last-seen = 最后在线：{ $time }
watchdog-last-state = 最后状态：{ $state }
watchdog-cause = 原因：{ $cause }
watchdog-recovery = 🔧 { $recovery }
watchdog-note-escalated = ⬆️ 已升级：仍未恢复。
watchdog-note-hardware = 🚨 长时间离线：请检查硬件（电源、网线、磁盘）。
watchdog-resolved = 已解决
watchdog-resolved-line = ✅ { $resolution } —— { $time }，持续 { $duration }
watchdog-silence-muted = 🔕 已静音至 { $until }
watchdog-silence-muted-by = 🔕 { $who } 已静音至 { $until }
watchdog-silence-maintenance = 🛠 维护窗口至 { $until }
watchdog-silence-maintenance-reason = 🛠 维护窗口至 { $until }（{ $reason }）
watchdog-button-retry = 🔌 重试 SSH
watchdog-button-logs = 📜 日志
watchdog-button-mute = 🔕 静音 1 小时
watchdog-button-retry-all = 🔌 全部重试 SSH
watchdog-button-mute-all = 🔕 全部静音 1 小时

# 汇总、升级、恢复
watchdog-digest-title = { $head } <b>{ $count } 个节点{ $kind }：{ $ids }</b>
watchdog-digest-title-mixed = { $head } <b>{ $count } 个节点需要处理（{ $what }）：{ $ids }</b>
watchdog-digest-line = • <b>{ $node }</b>：{ $what }
watchdog-digest-line-recovery = • <b>{ $node }</b>：{ $what } · 🔧 { $recovery }
watchdog-digest-back = ✅ 已恢复，中断了 { $duration }
watchdog-escalation-title = { $head } <b>{ $summary }</b> 已持续 { $duration }
watchdog-escalation-many = { $head } <b>{ $count } 个节点仍未恢复：{ $ids }</b>
watchdog-escalation-line = • <b>{ $node }</b>：{ $summary }，开始于 { $time }
watchdog-escalation-hardware = 长时间离线：请检查硬件（电源、网线、磁盘）。
watchdog-escalation-still-down = 仍未恢复；OCM 会继续检查。
watchdog-recovered-title = ✅ [已恢复] <b>{ $node }</b> 重新上线
watchdog-recovered-out = 中断时长：{ $duration }（{ $summary }）
watchdog-recovered-fixed-by = 恢复方式：{ $fix }
watchdog-recovered-now = 当前：{ $state }
watchdog-recovered-many = ✅ [已恢复] <b>{ $count } 个节点重新上线</b>
watchdog-recovered-line = • <b>{ $node }</b>：中断 { $duration } —— { $fix }
watchdog-log-digest = 📜 [日志关键词] <b>{ $node }</b>：自 { $since } 起 { $counts }
watchdog-notice-resolved = ✅ [已解决] { $summary }
watchdog-notice-backup-failed = 🟠 [警告] 备份失败
    { $error }
watchdog-notice-backup-failed-on = 🟠 [警告] <b>{ $node }</b> 备份失败
    { $error }

# 告警相关操作（src/monitor/actions.ts）
action-mute = 将某个节点（或全部节点）的告警静音一段时间；事件仍会记录
action-unmute = 结束某个节点的静音（all：结束全部静音）
action-mutes = 列出生效中的静音和维护窗口及其到期时间
action-retryssh = 像看门狗一样立即检查节点（先 SSH，再检查 agent 的健康状态）
action-watchdogchecks = 看门狗的慢速检查：备份推送状态、OCM 自身、可达节点的时钟偏差
watchdog-duration-required = 请给出时长，例如 30m、1h 或 2d（静音总会到期）
watchdog-duration-invalid = 时长的格式如 30m、1h、2h30m 或 7d
watchdog-duration-too-long = 最长 30d
watchdog-scope-all = 所有节点
watchdog-scope-any = 任何节点
watchdog-mute-done = 🔕 <b>{ $scope }</b> 的告警已静音 { $duration }，至 { $until }。事件仍会记录；/unmute { $target } 可提前结束。
watchdog-unmute-nothing = <b>{ $scope }</b> 没有可取消的静音。见 /mutes。
watchdog-unmute-done = 🔔 <b>{ $scope }</b> 的告警已恢复（结束了 { $count } 个静音）。
watchdog-mutes-none = 没有静音或维护窗口。未解决的故障：{ $open } 个。
watchdog-mutes-title = <b>静音（{ $count }）</b>
watchdog-mutes-line-mute = 🔕 <b>{ $scope }</b> 静音至 { $until }（剩余 { $left }）
watchdog-mutes-line-maintenance = 🛠 <b>{ $scope }</b> 维护至 { $until }（剩余 { $left }）
watchdog-mutes-by = 设置人 { $who }
watchdog-mutes-reason = { $reason }
watchdog-mutes-open = 未解决的故障：{ $open } 个。
watchdog-retry-no-nodes = 没有可检查的节点
watchdog-retry-title = 🔌 <b>重试 SSH</b> —— 已立即检查（状态变化由看门狗在之后的检查中确认）
watchdog-retry-line = { $icon } <b>{ $node }</b>：{ $what }
watchdog-retry-healthy = SSH 正常，网关健康
watchdog-retry-ssh-works = SSH 正常；{ $reason }
watchdog-retry-not-healthy = 不健康
watchdog-retry-ssh-fails = SSH 失败
watchdog-checks-found = 慢速检查：发现 { $count } 个问题（告警按常规规则发送）。
watchdog-checks-none = 慢速检查：未发现问题。

# OCM 自身（src/app.ts、src/main.ts）
app-hostkey-changed = 🚨 <b>{ $node }</b>：SSH 主机密钥已变更！
    已固定：<code>{ $pinned }</code>
    当前：<code>{ $presented }</code>
    OCM 拒绝连接。如果这台机器是有意重装的，请重新固定密钥；否则请按攻击处理。
app-hostkey-untrusted = 🔐 <b>{ $node }</b>（{ $user }@{ $host }:{ $port }）提供的主机密钥 <code>{ $presented }</code> 尚未受信任。在所有者信任它之前，OCM 不会连接。
app-hostkey-button-trust = 🔐 信任此密钥
app-hostkey-button-repin = 🔐 重新固定（高风险）
app-self-polling-stopped = Telegram 长轮询已停止
app-self-disk-low = 数据目录所在磁盘仅剩 { $free }% 可用空间
app-self-data-dir-unreadable = 无法读取数据目录 { $dir }
app-restarted-interrupted = ⚠️ OCM 已重启。被中断的操作（已标记为失败）：{ $ops }
app-console-banner = OCM 控制台 —— 数据位于 { $dir }。输入 /help；输入数字即可按按钮；Ctrl-D 退出。
app-status-page = 状态页：{ $url }
app-telegram-failed = Telegram：{ $error }
app-telegram-failed-hint = 请检查 TELEGRAM_BOT_TOKEN 和 TELEGRAM_API_ROOT
app-unexpected-failure = 意外错误：{ $error }




## intents: src/intents







## doctor: src/doctor







## web: src/web




