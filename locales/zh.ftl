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

# 自然语言层用请求所用的语言回答（src/intents/lang.ts）。

# 计划（src/intents/plan.ts）
nl-plan = 📋 <b>计划</b>
nl-plan-one = 📋 <b>计划: { $command }</b> — { $line } ({ $count } 个节点)
nl-understood = 🗣 理解为: <code>{ $commands }</code>
nl-needs-read = 只读，无需确认，立即执行。
nl-needs-low = 低风险，无需确认，立即执行。
nl-needs-medium = 中风险：需要点一次确认。
nl-needs-high = 高风险：先点确认，再输入 4 位安全码。
nl-step-by-step = <i>步骤依次执行，每步按其风险单独确认；某步失败或取消则停止。</i>
nl-stopped = ⏹ 计划在第 { $n } 步停止（{ $step }：{ $result }）；未执行：{ $rest }。
nl-outcome-failed = 失败
nl-outcome-denied = 被拒绝
nl-outcome-cancelled = 已取消
nl-outcome-expired = 已过期

# 拒绝某一步的原因（纯文本，嵌在 nl-rejected 中）
nl-rejected = ⚠️ 未执行任何操作：{ $problem }
nl-known-nodes = 已知节点：{ $nodes }
nl-no-nodes = 还没有节点（用 /newnode 添加）
nl-unknown-node = 未知节点 '{ $node }'（{ $known }）
nl-unknown-node-near = 未知节点 '{ $node }' — 是不是 { $near }？（{ $known }）
nl-no-such-operation = 这个 OCM（目前）没有 '{ $action }' 操作；/help 列出所有可用操作
nl-guided-conversation = { $usage } 是引导式对话：请自己发送 /{ $command }
nl-not-in-plain-words = '{ $action }' 不能用自然语言请求
nl-invalid-params = { $problem }（用法：{ $usage }）
nl-params-not-object = { $tool } 的参数不是对象

# 备用解析器（src/intents/fallback.ts），未设置 ANTHROPIC_API_KEY 时使用
nl-which-node = ❓ 请问是哪个节点？已知节点：{ $nodes }。
nl-which-node-or-all = ❓ 请问是哪个节点？已知节点：{ $nodes }，或"所有"。
nl-one-node-only = ❓ { $action } 一次只能针对一个节点。请问是哪个？已知节点：{ $nodes }。
nl-need-ref = ❓ 要还原到哪个备份？用 { $cmd } 查看，然后说例如"把 g3s-01 还原到 g3s-01/stable/2026-02-14"。
nl-negative = ⚠️ 听起来你并不想执行，所以什么都没做。如需执行请发送命令，例如 { $cmd }。
nl-needs-key = ℹ️ 自然语言需要设置 ANTHROPIC_API_KEY。未设置时只能理解状态、备份、重启、日志、回滚等简单请求（如"重启 g3s-02"）。最接近的命令：{ $cmd } —— /help 列出全部命令。

# Claude（src/intents/service.ts、src/intents/claude.ts）；错误为纯文本
nl-rate-limited = ⏳ 自然语言请求过于频繁，请 { $s } 秒后再试。斜杠命令仍可使用（/help）。
nl-claude-failed = ❌ { $error }。未执行任何操作；斜杠命令仍可使用（/help）。
nl-claude-empty = 返回了空回答（{ $reason }）
nl-claude-no-stop-reason = 无停止原因
nl-claude-timeout = { $waited } 内没有回应；请稍后再试
nl-claude-unreachable = 无法连接 API { $url }（请检查 ANTHROPIC_BASE_URL 和网络）
nl-claude-overloaded = API 当前过载（529）；请一分钟后再试
nl-claude-rate-limited = 已达到 API 速率限制（429）；请等一分钟再试
nl-claude-key-refused = API 密钥被拒绝（{ $status }）；请检查 ANTHROPIC_API_KEY
nl-claude-server-error = API 出错（{ $code }）；请稍后再试
nl-claude-refused = API 拒绝了请求（{ $code }）
nl-claude-unexpected = 请求意外失败（详情见 OCM 日志）







## doctor: src/doctor







## web: src/web

# 状态页（src/web/page.ts）。纯文本：页面负责转义和标记。
status-page-title = OCM · { $online }/{ $total } 在线
status-page-heading = OCM — OpenClaw 集群
status-page-overview = 概览
status-page-online = 在线
status-page-backups-today = 今日备份
status-page-average-score = 平均评分
status-page-open-alerts = 未处理告警
status-page-nodes = 节点
status-page-score-trend = 评分趋势
status-page-recent-events = 最近事件
status-page-no-events = 暂无事件。
status-page-no-nodes = 还没有节点：在机器人中用 /newnode 添加。
status-page-read-only = 只读
status-page-updated = 更新于 { $time }
status-page-refreshes = 每 { $s } 秒刷新
status-page-link-cluster = 集群
status-page-link-nodes = 节点
status-page-link-events = 事件
status-page-link-health = OCM 健康状态
status-page-uptime = 已运行 { $duration }
status-page-agent = 代理 { $version }
status-page-schema = 数据库结构 { $id }

# 节点卡片
status-page-state-online = 在线
status-page-state-offline = 离线
status-page-state-unknown = 尚未检查
status-page-state-no-openclaw = 未安装 OpenClaw
status-page-state-gateway-down = 网关未运行
status-page-status-online = 在线
status-page-status-degraded = 降级
status-page-status-offline = 离线
status-page-status-unknown = 未知
status-page-not-installed = 未安装
status-page-cpu = CPU
status-page-ram = 内存
status-page-disk = 磁盘
status-page-disk-free = 剩余 { $size }
status-page-version = 版本
status-page-openclaw-version = OpenClaw 版本
status-page-backup = 备份
status-page-score = 评分
status-page-seen = 最后在线

# 被拒绝的请求（src/web/server.ts）：浏览器看到本语言的页面，JSON API 的 "error" 始终为英文
status-page-error-heading = 无法显示状态页
status-page-error-bad-encoding = 路径不是有效的 URL 编码
status-page-error-limit = limit 必须是 1 到 { $max } 之间的整数
status-page-error-unknown-node = 未知节点 '{ $node }'
status-page-error-not-found = 未找到
status-page-error-token-required = 需要令牌：请发送请求头 "Authorization: Bearer <token>"，或在 URL 后加上 ?token=…
status-page-error-wrong-token = 令牌错误
status-page-error-loopback-only = 此状态页只响应 localhost / 127.0.0.1 地址；如需通过其他名称访问，请设置 OCM_STATUS_TOKEN
status-page-error-method = 不允许 { $method }：这是只读页面（仅 GET 或 HEAD）
status-page-db-unreadable = 无法读取数据库（见 OCM 日志）

# 启动（src/web/server.ts）
status-page-port-in-use = 状态页：{ $where } 已被占用（另一个 OCM 或其他程序）
    .hint = 将 OCM_STATUS_PORT (status.port) 设为空闲端口，或设置 OCM_STATUS_ENABLED=false (status.enabled) 关闭状态页
status-page-no-such-address = 状态页：无法监听 { $host }：本机没有这个地址
    .hint = 将 OCM_STATUS_HOST (status.host) 设为本机的某个地址，例如 127.0.0.1
status-page-no-permission = 状态页：没有权限监听 { $where }
    .hint = 1024 以下的端口需要 root 权限；请将 OCM_STATUS_PORT (status.port) 设为 1024 或以上
status-page-listen-failed = 状态页：无法监听 { $where }（{ $code }）




