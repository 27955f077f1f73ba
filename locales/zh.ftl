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

# 每个操作的一行说明（/help、setMyCommands、Claude 工具）
action-nodes = 列出所有节点及其最近一次已知状态
action-status = 实时检查节点健康状况（系统、CPU、内存、磁盘、OpenClaw、网关），或检查全部节点
action-events = 查看最近的事件（状态变化、告警、操作）
action-logs = 查看节点 OpenClaw 网关日志的末尾（已隐去密钥）
action-restart = 重启节点的 OpenClaw 网关并等待其恢复健康（all：逐台重启）
action-newnode = 通过 SSH 添加节点：逐项问答，或一行写全所有字段
action-editnode = 修改节点字段（name、host、port、user、home、gateway_port、restart_cmd；restart_cmd=- 表示清除）
action-scanhost = 读取机器提供的 SSH 主机密钥，不登录
action-trusthost = 信任节点当前提供的 SSH 主机密钥（重装系统后，或用于配置文件中声明的节点）
action-removenode = 从 OCM 中移除节点（不会改动机器本身）

# 状态卡片（src/nodes/cards.ts）
card-state-online = 在线
card-state-degraded = 降级
card-state-offline = 离线
card-state-unknown = 未知
card-head = { $icon } <b>{ $node }</b> · { $host } · { $state }
card-os = { $os } · 已运行 { $uptime }
card-resources = CPU { $cpu } · 负载 { $load } · 内存 { $ram }（{ $used } / { $total }）
card-disk = 磁盘已用 { $used }，剩余 { $free }（{ $path }）
card-openclaw-missing = OpenClaw：未安装
card-openclaw = OpenClaw { $version } · 服务管理：{ $manager }
card-service-none = 无
card-gateway-healthy = 网关 🟢 健康，端口 :{ $port }{ $pid ->
    [0] {""}
   *[other] （pid { $pid }）
}
card-gateway-unhealthy = 网关 🟡 正在运行{ $pid ->
    [0] {""}
   *[other] （pid { $pid }）
}，但端口 :{ $port } 上的 /health 无响应
card-gateway-down = 网关 🔴 未运行（127.0.0.1:{ $port }/health 无响应）
card-last-seen = <i>最后一次在线：{ $ago }</i>
card-busy = ⏳ 忙碌中：<b>{ $action }</b>（{ $actor }），开始于 { $ago }
card-where-local = 本机
card-summary = { $icon } 在线 { $online }/{ $total }
card-summary-part = { $state } { $count } 台
card-summary-sep = {"，"}

# /nodes
nodes-empty = 还没有节点。用 /newnode 添加一个。
nodes-title = <b>节点（{ $count }）</b>
nodes-seen = { $ago }在线
nodes-never-seen = 从未连上
nodes-hostkey-changed = ⚠️ 主机密钥已变化
nodes-hostkey-pending = 主机密钥尚未信任
nodes-undeclared = 未声明（已从配置文件中删除；/removenode { $node } 可将其移除）

# /status
status-checking = 🔎 正在检查 { $count } 个节点…
status-checking-done = 🔎 正在检查 { $count } 个节点… { $done }/{ $count }

# /events
events-empty = 还没有事件。
events-title = <b>最近 { $count } 条事件</b>
events-n-number = 必须是数字
events-n-whole = 必须是整数
events-n-min = 至少为 1
events-n-max = 最多 200

# /logs
logs-lines-number = 行数必须是数字
logs-lines-whole = 行数必须是整数
logs-lines-min = 行数至少为 1
logs-lines-max = 最多 2000 行
logs-empty = <b>{ $node }</b>：没有找到网关日志（{ $source }）。
logs-head = 📜 <b>{ $node }</b> —— { $source } 的最后 { $count } 行

# /restart
restart-confirm = 重启 { $node } 上的 OpenClaw
restart-confirm-all = 逐台重启所有节点上的 OpenClaw
restart-progress = 🔄 正在重启 <b>{ $node }</b>（{ $n }/{ $total }）…
restart-none = 无
restart-so-far = 此前已重启：{ $done }；未处理：{ $untouched }
restart-cancelled = 重启已取消
restart-stopped-at = 在 { $node }（{ $n }/{ $total }）处停止：{ $error }
restart-failed = 网关重启失败
restart-not-restarted = 网关没有被重启：旧进程（pid { $pid }）仍在运行
restart-node-failed = { $node }：{ $error }
restart-stopped-there = 已在此停止（{ $n }/{ $total }）；{ $sofar }
restart-hint-custom = 查看 /logs { $node }；重启命令可用 /editnode { $node } restart_cmd="…" 设置
restart-hint-default = 查看 /logs { $node }；如果没有 systemd 或 launchd，请用 /editnode { $node } restart_cmd="…" 设置重启命令
restart-done = ✅ <b>{ $node }</b>：OpenClaw 网关已重启并恢复健康 —— pid { $pid }
restart-done-all = ✅ 已重启 { $count } 个节点，全部健康：
restart-done-line = • { $node }（pid { $pid }）

# /editnode
editnode-none = （无）
editnode-declared = { $node } 在配置文件中声明，每次启动时都会按配置文件设置其字段
    .hint = 请在配置文件的 nodes 列表中修改该条目，然后重启 OCM
editnode-local-field = 内置节点 local 就是本机：它没有 { $key }
    .hint = 对它只能修改 name、home、gateway_port 和 restart_cmd
editnode-nothing = 没有要修改的内容
    .hint = 请给出 key=value：{ $keys }（例如 /editnode { $node } restart_cmd="…"）
editnode-confirm = 修改 { $node }：{ $changes }
editnode-confirm-nothing = 无变化
editnode-confirm-plain = 修改 { $node }
editnode-unchanged = <b>{ $node }</b>：没有变化 —— 已经是这些值了。
editnode-changed = ✏️ <b>{ $node }</b> 已修改：
editnode-moved = 新地址的主机密钥尚未信任：用 /trusthost { $node } 信任它。

# /scanhost、/newnode、/trusthost、/removenode
scanhost-result = 🔑 { $host }:{ $port } 提供的主机密钥是 <code>{ $fingerprint }</code>
newnode-exists = 节点 { $node } 已存在
    .hint = 换一个 id，或先用 /removenode { $node } 移除它
newnode-logging-in = 🔌 <b>{ $node }</b>：正在登录 { $user }@{ $host }:{ $port }…
newnode-shell-failed = { $node }：SSH 能登录，但 shell 命令执行失败（{ $detail }）
    .hint = 请检查该用户的登录 shell
newnode-exit-code = 退出码 { $code }
newnode-installing-agent = 📦 <b>{ $node }</b>：正在安装 OCM 代理程序…
newnode-first-check = 🔎 <b>{ $node }</b>：首次状态检查…
newnode-added = ✅ 节点 <b>{ $node }</b> 已添加 —— 代理程序 { $version } { $installed ->
    [yes] 已安装
   *[no] 已是最新
}。
newnode-openclaw-missing = 该节点上还没有安装 OpenClaw。
trusthost-confirm-current = 信任 { $node } 当前提供的主机密钥
trusthost-confirm-current-replace = 信任 { $node } 当前提供的主机密钥，替换 { $old }
trusthost-confirm = 信任 { $node } 的主机密钥 { $key }
trusthost-confirm-replace = 信任 { $node } 的主机密钥 { $key }，替换 { $old }
trusthost-local = 本机节点 local 没有 SSH 主机密钥
trusthost-changed = { $node } 现在提供的是 { $presented }，而不是你确认的 { $expected }；未做任何信任
    .hint = 请检查这台机器，然后重新执行 /trusthost { $node }
trusthost-pinned = 🔐 <b>{ $node }</b>：主机密钥已固定为 <code>{ $fingerprint }</code>
trusthost-was = （原为 <code>{ $old }</code>）
removenode-confirm = 从 OCM 中移除 { $node }（其事件记录保留；机器上不做任何改动）
removenode-local = 内置节点 local 不能移除
    .hint = 请改为在配置文件中设置 local_node: false
removenode-declared = { $node } 在配置文件中声明
    .hint = 请从配置文件的 nodes 列表中删除它并重启 OCM（之后它会被标记为“未声明”），再执行 /removenode
removenode-done = 🗑 <b>{ $node }</b> 已从 OCM 中移除。机器本身和它的 OpenClaw 均未改动。

# /newnode 对话（src/bot/conversations/newnode.ts）
newnode-intro = ➕ <b>添加节点</b> —— 请逐一回答问题，或发送 /cancel 终止。
newnode-q-id = 1/7 节点 id？（a-z、0-9 和 -，例如 g3s-06）
newnode-q-name = 2/7 显示名称？（发送 - 则使用 id）
newnode-q-host = 3/7 主机？（IP 地址或域名）
newnode-q-port = 4/7 SSH 端口？（发送 - 使用 22）
newnode-q-user = 5/7 SSH 用户？
newnode-q-home = 6/7 OpenClaw 主目录？（发送 - 使用 ~/.openclaw）
newnode-q-restart-cmd = 7/7 在节点上重启网关的命令？（如果由 systemd 或 launchd 管理，发送 -；之后可用 /editnode 修改）
newnode-bad-gateway-port = ⚠️ gateway_port：{ $problem }。未添加节点。
newnode-bad-field = ⚠️ { $key }：{ $problem }
newnode-cancelled = 已取消 —— 未添加节点。
newnode-interrupted = 你还在添加节点（/newnode），所以 { $command } 没有执行。继续添加，还是取消后重新发送 { $command }？
newnode-button-resume = ▶ 继续
newnode-button-cancel = ✖ 取消
newnode-button-trust = 🔐 信任
newnode-answer-resume-first = 请先选择继续或取消添加节点。
newnode-tap-resume = 请点上方的“继续”或“取消”（或发送 /cancel）。
newnode-id-exists = 节点 { $node } 已存在。换一个 id，或先用 /removenode { $node } 移除它。
newnode-reading-host-key = 🔌 正在读取 { $host }:{ $port } 的主机密钥…
newnode-public-key = OCM 使用自己的密钥登录。请把下面这一行加到节点上的 ~{ $user }/.ssh/authorized_keys：
    <code>{ $key }</code>
newnode-scan-failed = 未添加节点。请解决上面的问题后重新发送 /newnode。
newnode-trust-prompt = 信任 <b>{ $node }</b> 的这个主机密钥吗？
    <code>{ $fingerprint }</code>
    可在节点上用 <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> 核对。只有你选择信任后才会保存。
newnode-trust-cancelled = 已取消 —— 主机密钥未保存，也未添加节点。
newnode-answer-trust-first = 请先完成节点添加（信任或取消）。
newnode-tap-trust = 请点上方的“信任”或“取消”（或发送 /cancel）。

# /mynode（src/bot/menus/mynode.ts）
mynode-list = <b>你的节点</b>（{ $count }）—— 选择一个：
mynode-empty = 还没有节点。用 /newnode 添加一个。
mynode-outdated = 节点列表已变化；这是最新的列表。
mynode-button-status = 📊 状态
mynode-button-logs = 📜 日志
mynode-button-restart = 🔄 重启
mynode-button-remove = 🗑 移除
mynode-button-back = « 全部节点
mynode-card = { $icon } <b>{ $node }</b> · { $name }
    { $where } · { $state }
mynode-last-error = ❗ { $error }
mynode-removed = { $node } 已被移除。







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




