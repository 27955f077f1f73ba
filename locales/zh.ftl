# OCM 消息 —— 简体中文。

## core: src/core, src/i18n

# 错误（纯文本，不含标记）
error-with-hint = { $error } —— { $hint }
error-external = { $service }：{ $error }
error-internal = 内部错误（详情见 OCM 日志）

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
reply-as-document = { $first }
    （完整内容见附件：共 { $parts } 条消息的长度）
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

# 单行表单中的未知参数名
params-unknown-key-near = 未知参数名 '{ $key }' —— 你是不是想写 '{ $near }'？
params-unknown-key = 未知参数名 '{ $key }' —— 可用的参数名有：{ $keys }
params-problems = { $first }；{ $rest }

# 机器人功能
bot-not-authorized = 无权操作
bot-button-unsupported = 此按钮已不再支持。
bot-button-inactive = 此按钮已失效。
bot-cancel-stopped = ⏹ 已取消：{ $count ->
    [1] 你的请求未被执行。
   *[other] 你的 { $count } 个请求均未被执行。
}
bot-cancel-nothing = 当前没有等待你回答的请求。
bot-request-stopped = ⏹ { $reason }：你的请求未被执行，请稍后重新发送。
bot-unknown-command = 未知命令 /{ $command }。请用 /help 查看命令列表。
bot-unknown-command-near = 未知命令 /{ $command }。你是不是想用 /{ $near }？请用 /help 查看命令列表。
bot-send-a-command = 请发送命令，例如 /status 或 /nodes —— /help 列出全部命令。
bot-newnode-unknown-keys = ⚠️ { $problem }
    未开始任何操作。
    用法：{ $usage }

# 控制台
console-silent = [静默]
console-document-saved = 📎 { $name }（{ $size } 字节）已保存到 { $path }

# /start 与 /help
action-start = 欢迎信息与集群概况
action-help = 按风险等级列出你可以使用的命令
help-title = OCM — OpenClaw 集群管理器
help-tier-read = 📊 只读 —— 立即执行
help-tier-low = 💾 低风险 —— 立即执行
help-tier-medium = 🔄 中风险 —— 需点击一次确认
help-tier-high = ⚠️ 高风险 —— 点击确认后，还需输入 4 位安全码
help-line = { $usage } — { $line }
start-welcome = 👋 <b>OCM — OpenClaw 集群管理器</b>
    正在管理 { $count } 个节点（上次检查时 { $online } 个在线）。
    试试 /status 实时检查所有节点，/nodes 查看节点列表，/help 查看全部命令。





## nodes: src/nodes (transports, service, model, agent, config, keys)

# SSH
node-host-key-changed = { $node }：主机密钥已变更（现为 { $presented }），已拒绝连接
    .hint = 如果这台机器是有意重装的，请用 /trusthost { $node } 重新固定密钥；否则请按遭受攻击处理
node-host-key-untrusted = { $node }：主机密钥 { $presented } 尚未受信任
    .hint = 需要由所有者用 /trusthost { $node } 确认信任
node-ssh-refused = { $node }：{ $where } 拒绝了 SSH 连接
    .hint = sshd 是否在运行？
node-ssh-no-dns = { $node }：主机名 { $host } 无法解析
    .hint = 请检查节点设置中的主机地址或 DNS
node-ssh-unreachable = { $node }：{ $where } 不可达
    .hint = 机器是否已开机并接入网络？
node-ssh-reset = { $node }：到 { $where } 的 SSH 连接被重置
    .hint = sshd 可能正在重启，或正在拒绝新连接（MaxStartups）
node-ssh-tcp-timeout = { $node }：到 { $where } 的 TCP 连接超时
    .hint = 机器是否已开机且网络可达？
node-ssh-no-answer = { $node }：{ $where } 在 { $seconds } 秒内没有 SSH 应答
    .hint = 机器可能已卡死或负载过高，请到现场检查
node-ssh-key-rejected = { $node }：{ $user }@{ $host } 不接受 SSH 密钥
    .hint = 请把 OCM 的公钥（/newnode 会显示）加入 ~{ $user }/.ssh/authorized_keys
node-ssh-key-unusable = { $node }：SSH 私钥无法使用（{ $detail }）
    .hint = 请使用未加密的 OpenSSH 密钥文件
# 其他 SSH 错误：SSH 库的原始信息，无法翻译
node-ssh-failed = { $detail }
node-ssh-closed = { $node }：连接已关闭
node-ssh-command-timeout = { $node }：命令在 { $seconds } 秒后超时
    .hint = 节点可能负载过高
node-ssh-command-cancelled = { $node }：命令已取消

# 本机
node-local-bash-failed = 无法运行 bash：{ $detail }
node-local-timeout = 命令在 { $seconds } 秒后超时
node-local-cancelled = 命令已取消

# 输出上限
node-output-over-cap = { $node }：命令在 { $stream } 上的输出超过 { $cap }，OCM 已将其终止
    .hint = 超过上限（ssh.max_{ $stream }_bytes）的节点输出不予信任；请检查 { $node } 上运行的程序
node-size-mib = { $n } MiB
node-size-kib = { $n } KiB
node-size-bytes = { $n } 字节

# 节点服务
node-ssh-not-configured = { $node }：此 OCM 未配置 SSH
node-ssh-key-unreadable = { $node }：无法读取 SSH 密钥 { $path }（{ $code }）
    .hint = 请检查 key_path
node-agent-install-failed = { $node }：无法在 ~/.ocm 中安装 OCM agent（{ $detail }）
    .hint = 请检查主目录是否可写
node-exit-code = 退出码 { $code }
node-unknown = 未知节点 '{ $id }'
    .hint = 已知节点：{ $known }（见 /nodes）
node-unknown-none-hint = 还没有任何节点：用 /newnode 添加一个
node-none = 还没有注册任何节点
    .hint = 用 /newnode 添加一个
node-problem-openclaw-missing = 未安装 OpenClaw
node-problem-gateway-unhealthy = gateway 在运行，但 127.0.0.1:{ $port } 上健康检查未通过
node-problem-gateway-down = 127.0.0.1:{ $port }/health 上的 gateway 无响应
node-problem-disk-full = 磁盘已用 { $pct }%

# 节点 agent 的应答
node-agent-no-json = '{ $command }' 没有返回 JSON（{ $detail }）
node-agent-no-output = '{ $command }' 没有返回 JSON（无输出）
node-agent-bad-json = '{ $command }' 输出了不符合预期的 JSON（{ $detail }）

# 参数
node-id-required = 需要提供节点 id
node-id-invalid = 节点 id 为 1–32 个字符，只能包含 a-z、0-9 和 -，且以字母或数字开头
node-target-invalid = 请给出节点 id（a-z、0-9、-）或 "all"
node-host-required = 需要提供主机
node-host-invalid = 主机应为 DNS 名称或 IP 地址（字母、数字、点、短横线；不能有空格或引号）
node-port-not-number = 端口必须是数字
node-port-not-integer = 端口必须是整数
node-port-range = 端口范围为 1–65535
node-user-required = 需要提供 SSH 用户
node-user-invalid = SSH 用户名只能包含字母、数字、_ . -（不能有空格或引号）
node-home-invalid = 路径须以 / 或 ~/ 开头，且不能包含引号、$、;、|、&、<、>、* 或反斜杠
node-name-length = 名称为 1–64 个字符
node-name-invalid = 名称中不能有 < > 或换行
node-restart-cmd-not-text = 重启命令必须是文本
node-restart-cmd-empty = 重启命令不能为空
node-restart-cmd-too-long = 重启命令最多 1000 个字符
node-restart-cmd-one-line = 重启命令只能是一行
node-fingerprint-invalid = 主机密钥指纹的格式为 SHA256: 后跟 43 个字符

# 数据目录锁
store-lock-held = 另一个 OCM（pid { $pid }）已在使用此数据目录（{ $dir }）
    .hint = 请先停止它，或把 OCM_DATA_DIR 设为其他目录
store-lock-failed = 无法锁定 { $path }
    .hint = 如果没有 OCM 在运行，请删除该文件




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
card-problem = ❗ { $problem }
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

# 命令（src/backup/actions.ts）
action-backup = 把节点的 OpenClaw 配置、工作区和定时任务备份到 git，密钥已脱敏（all：所有节点和 OCM 自身，并行执行）
action-backups = 列出节点的备份：引用、日期、类型、大小、评分
action-diff = 节点备份的变更：最新备份与某个引用对比（默认与上一个备份对比）
action-stable = 把节点的某个备份标记为稳定版（默认最新的），作为 /rollback 的目标
action-restore = 把节点恢复到某个备份：先做快照，停止网关，放回文件，再启动；不健康则自动回退
action-rollback = 把节点回滚到最新的稳定备份（步骤同 /restore）
action-scheduledbackup = 定时备份所有节点（错开执行）和 OCM 自身
action-pushretry = 推送之前未能推送到远程仓库的备份提交

# 参数（纯文本）
backup-ref-required = 请给出备份引用：/backups 中的标签或提交 ID
backup-ref-invalid = 不是有效的备份引用（应为 /backups 中的标签或提交 ID）
backup-label-invalid = 标签只能包含小写字母、数字和短横线，最多 40 个字符（例如 pre-update）
backup-n-number = n 必须是整数
backup-n-min = 至少为 1
backup-n-max = 最多为 100

# 消息中的列表
backup-list-comma = { $a }、{ $b }
backup-list-semicolon = { $a }；{ $b }
backup-list-lines =
    { $a }
    { $b }
backup-list-more = { $list } 等

# /backup 与定时备份：进度、每个节点一行、汇总
backup-progress =
    💾 正在备份 { $count } 个节点…
    { $states }
backup-state-line = { $node }：{ $state }
backup-state-waiting = ⏳ 等待中
backup-state-skipped = ⏭ 已跳过（忙碌）
backup-state-packing = 📦 打包中…
backup-state-committed = ✅ 已提交
backup-state-unchanged = ➖ 无变化
backup-state-failed = ❌ 失败
backup-outcome-committed = ✅ <b>{ $node }</b>：<code>{ $ref }</code> —— { $files } 个文件，{ $size }{ $redactions ->
        [0] {""}
       *[other] ，已脱敏 { $redactions } 处密钥
    }
backup-outcome-unchanged = ➖ <b>{ $node }</b>：自 <code>{ $ref }</code> 以来没有变化
backup-outcome-warnings = ⚠️ { $warnings }
backup-outcome-failed = ❌ <b>{ $node }</b>：{ $error }
backup-last-backup = 上次备份
backup-failed = 备份失败
backup-cancelled = 已取消
backup-skipped-busy = 已跳过：该节点正在执行 { $action }
backup-master-committed = 🗄 OCM 自身：{ $commit }
backup-master-unchanged = 🗄 OCM 自身：没有变化
backup-master-failed = ❌ OCM 自身：{ $error }
backup-push-ok = ☁️ 已推送到远程仓库
backup-push-failed = ⚠️ 推送到远程仓库失败（{ $error }）；提交已保存在本地，稍后会重试推送
backup-push-failed-silent = ⚠️ 推送到远程仓库失败；提交已保存在本地，稍后会重试推送
backup-push-failed-later = ⚠️ 推送到远程仓库失败；稍后会重试
backup-head-done = 💾 备份完成
backup-head-partial = 💾 备份：{ $total } 个中完成 { $done } 个，失败 { $failed } 个
backup-failed-node = ❌ { $node }：{ $error }
backup-failed-all =
    { $head }
    { $lines }
backup-no-nodes = 没有可备份的节点
    .hint = 用 /newnode 添加一个

# 节点打包内容的警告（纯文本）
backup-warn-dropped = 打包中有 { $count } 个条目被丢弃：{ $list }
backup-drop = { $path }（{ $why }）
backup-drop-escaping = 绝对路径或越界路径
backup-drop-not-folder = 是{ $type }而不是文件夹：已拒绝
backup-drop-not-file = 是{ $type }而不是文件：已拒绝
backup-drop-unexpected = 意外的路径
backup-drop-foreign = 不属于备份内容
backup-drop-type-refused = { $type }，已拒绝
backup-drop-in-link = 位于符号链接或文件之下
backup-drop-folder-first = 之前已有同名文件夹
backup-drop-bad-link = 符号链接没有可用的目标
backup-drop-git = .git 路径
backup-drop-gitmodules = .gitmodules 文件
backup-drop-gitattributes = .gitattributes 文件
backup-entry-hard-link = 硬链接
backup-entry-symlink = 符号链接
backup-entry-char-device = 字符设备
backup-entry-block-device = 块设备
backup-entry-fifo = FIFO
backup-entry-folder = 文件夹
backup-entry-file = 文件
backup-entry-other = '{ $type }' 条目
backup-warn-not-folder = 打包中的 { $part } 不是文件夹：已忽略
backup-warn-skipped = { $count } 个非普通文件未备份：{ $list }
backup-warn-cron-not-file = 打包中的 cron-export.json 不是普通文件：已忽略
backup-warn-no-metadata = 节点没有发送可用的 metadata.json
backup-warn-cron = 定时任务未导出（{ $why }）
backup-warn-cron-kept = 定时任务未导出（{ $why }）；保留上一次的导出
backup-warn-sqlite = SQLite 未复制（节点上没有 sqlite3 或 python3）：{ $files }

# 备份被拒绝或失败（错误：纯文本）
backup-refused-bytes = { $node }：备份被拒绝：打包解压后超过 { $mb } MB（backup.max_pack_bytes）
    .hint = 没有提交任何内容，上一个备份保持不变；如果节点确实有这么多数据，请调大 backup.max_pack_bytes
backup-refused-files = { $node }：备份被拒绝：打包中的文件超过 { $limit } 个（backup.max_pack_files）
    .hint = 没有提交任何内容，上一个备份保持不变；如果节点确实有这么多文件，请调大 backup.max_pack_files
backup-refused-file = { $node }：备份被拒绝：{ $path } 超过 { $mb } MB（backup.max_file_bytes）
    .hint = 没有提交任何内容，上一个备份保持不变；如果该文件确实需要备份，请调大 backup.max_file_bytes
backup-a-file = 某个文件
backup-refused-ratio = { $node }：备份被拒绝：打包的解压比超过 { $limit }×（压缩炸弹）
    .hint = 没有提交任何内容，上一个备份保持不变
backup-refused-disk = { $node }：备份被拒绝：数据盘已满：剩余 { $free } MB，大约需要 { $need } MB
    .hint = 请清理 OCM 数据盘（data_dir）的空间，然后重新备份
backup-stream-damaged = { $node }：收到的备份数据流已损坏（{ $why }）
    .hint = 请重试；如果问题依旧，请检查两台机器的磁盘空间
backup-write-failed = 无法写入 { $path }（{ $code }）
backup-pack-failed = { $node }：节点无法打包备份：{ $why }
backup-pack-exit = 退出码 { $code }
backup-hint-no-home = { $node } 上装了 OpenClaw 吗？如果它的目录在别处，请用 /editnode { $node } home=PATH 设置
backup-refused-leak = { $node }：备份被拒绝：{ $files } 中有密钥未被脱敏
    .hint = 没有提交任何内容；请报告这个文件，以便完善脱敏规则
backup-gitlink = 备份被拒绝：{ $name } 是 { $path } 中嵌套的 git 仓库（gitlink）
    .hint = 没有提交任何内容；请删除节点上嵌套的 .git 文件夹
backup-git-failed = git { $command } 失败：{ $error }
backup-git-read-failed = 无法从备份仓库读取 { $commit }：{ $error }
backup-master-refused = OCM 自身备份被拒绝：数据库的脱敏副本未通过完整性检查（{ $problem }）
    .hint = 备份仓库中保留了上一份副本；请报告此问题，以便修正脱敏规则

# 节点代理（agent/src/cmd）的说明
backup-agent-no-home = 此节点上不存在 OpenClaw 目录 { $home }
backup-agent-no-temp = 无法在节点上创建临时文件夹
backup-agent-cannot-read = 无法读取 { $path }
backup-agent-cannot-read-workspace = 无法读取工作区 { $path }
backup-agent-tar-failed = 打包备份时 tar 失败
backup-agent-no-cli = 找不到 openclaw 命令行工具
backup-agent-cron-no-json = cron list 没有输出 JSON
backup-agent-cron-failed = openclaw cron list 执行失败
backup-agent-cron-failed-because = openclaw cron list 执行失败：{ $why }
backup-agent-not-healthy = 恢复后网关在 { $seconds } 秒内没有恢复健康
backup-agent-copy-failed = 复制恢复的文件失败

# /backups
backup-list-none = <b>{ $node }</b> 还没有备份 —— /backup { $node }
backup-list-head = 💾 <b>{ $node }</b> —— 最近 { $count } 个备份
backup-list-row = • <code>{ $ref }</code>
backup-list-row-stable = ⭐ <code>{ $ref }</code>
backup-list-detail = { $when } · { $type } · { $files } 个文件，{ $size }
backup-list-detail-score = { $when } · { $type } · { $files } 个文件，{ $size } · 评分 { $score }
backup-list-foot = 恢复：/restore { $node } &lt;ref&gt;
backup-list-foot-stable = 恢复：/restore { $node } &lt;ref&gt; · 最新稳定版：<code>{ $stable }</code>
backup-type-auto = 自动
backup-type-manual = 手动
backup-type-pre-rollback = 回滚前快照

# /diff
backup-diff-only-one = <b>{ $node }</b> 只有一个备份（<code>{ $ref }</code>），暂时无法对比。
backup-diff-head = 🔍 <b>{ $node }</b>：<code>{ $from }</code> → <code>{ $to }</code>
backup-diff-none = 没有差异。
backup-diff-files = { $count } 个文件有变更：
backup-diff-file = • { $path } +{ $added } −{ $removed }
backup-diff-file-binary = • { $path }（二进制）
backup-diff-more = … 还有 { $count } 个
backup-diff-caption = { $node }：{ $from } → { $to }
backup-diff-patch = <pre>{ $patch }</pre>

# /restore 与 /rollback
backup-confirm-restore = 把 { $node } 恢复到备份 { $ref }（会先对当前状态做快照；网关会重启）
backup-confirm-rollback = 把 { $node } 回滚到最新的稳定备份（会先对当前状态做快照；网关会重启）
backup-no-stable = { $node } 没有可回滚的稳定备份
    .hint = 用 /stable { $node } [ref] 标记一个，或从 /backups { $node } 中选一个备份并使用 /restore
backup-restore-no-backup = { $ref } 中没有 { $node } 的备份
    .hint = 请查看 /backups { $node }
backup-ref-not-ref = '{ $ref }' 不是备份引用
    .hint = 请使用 /backups 中的标签或提交 ID
backup-ref-unknown = 没有名为 '{ $ref }' 的备份
    .hint = 标签和提交 ID 请查看 /backups <node>
backup-progress-snapshot = 📸 正在为 { $node } 创建回滚前快照…
backup-progress-applying = ⏹ 正在停止 { $node } 上的 OpenClaw，从 { $ref } 恢复 { $files } 个文件，然后最多等待 { $seconds } 秒检查 /health…
backup-restore-failed = { $node }：恢复 { $ref } 失败：{ $error }；{ $back }
backup-restore-back-healthy = 已放回原来的文件，网关已恢复健康
backup-restore-back-unhealthy = 已放回原来的文件，但网关仍不健康
backup-restore-unchanged = 没有做任何更改
backup-restore-unknown-error = 未知错误
backup-hint-logs = 请查看 /logs { $node }
backup-hint-pretag = 回滚前的状态已打标签 { $tag }
backup-restored = ✅ <b>{ $node }</b> 已恢复到 <code>{ $ref }</code>（{ $files } 个文件）；网关运行正常。
backup-restored-secrets = 🔑 保留了节点上的 { $kept } 个密钥值
backup-restored-secrets-missing = 🔑 保留了节点上的 { $kept } 个密钥值；⚠️ 有 { $missing } 个在节点上找不到对应值，仍为 REDACTED —— 请手动设置
backup-restored-kept = 🔒 保留了节点当前的 { $files }（其中含有密钥，在备份中已被遮盖）
backup-restored-dropped = ⚠️ 未恢复：{ $links }（指向节点 OpenClaw 目录之外的符号链接）
backup-restored-dropped-more = ⚠️ 未恢复：{ $links } 及另外 { $more } 个（指向节点 OpenClaw 目录之外的符号链接）
backup-restored-before = 恢复前：<code>{ $tag }</code> · 记录为 <code>{ $rollback }</code>
backup-restored-before-none = 恢复前：无快照 · 记录为 <code>{ $rollback }</code>

# 被 OCM 停止打断的恢复（src/backup/schedule.ts；发送到每个所有者聊天）
backup-interrupted =
    ⚠️ OCM 在把 <b>{ $node }</b> 恢复到 <code>{ $ref }</code> 的过程中停止了。
    节点报告：{ $state }。
backup-interrupted-tagged =
    ⚠️ OCM 在把 <b>{ $node }</b> 恢复到 <code>{ $ref }</code> 的过程中停止了。
    节点报告：{ $state }。
    恢复前的状态已打标签 <code>{ $tag }</code>。
backup-interrupted-applied = 恢复已在节点上完成，网关已正常启动
backup-interrupted-reverted = 节点已放回原来的文件（恢复后的状态不健康或复制失败）
backup-interrupted-applying = 节点仍在应用（或中途被切断）；请查看 /status 和 /logs
backup-interrupted-none = 恢复请求没有到达节点；节点没有变化
backup-interrupted-gone = 未知（该节点已从 OCM 中移除）
backup-interrupted-unknown = 未知（{ $error }）
backup-interrupted-other = { $state }

# /stable 与 /pushretry
backup-none-yet = { $node } 还没有备份
    .hint = 请先运行 /backup { $node }
backup-stable-tagged = ⭐ <b>{ $node }</b>：已打标签 <code>{ $tag }</code> —— /rollback { $node } 会回到这里。
backup-push-nothing = 没有等待推送的内容。
backup-push-done = 已推送等待中的备份提交。
backup-push-retry-failed = 推送到备份远程仓库失败：{ $error }
    .hint = 提交保留在本地；OCM 稍后会重试
backup-push-no-detail = git 没有给出原因







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

action-doctor = 检查 OCM 的配置：Telegram、Claude、SSH 密钥、每个节点、备份、磁盘、时钟
action-version = OCM 的版本、运行时长、Node.js、agent 和数据库 schema

# /doctor 和 `npm run doctor`（纯文本：聊天中放在 <pre> 里显示）
doctor-checking = 🩺 正在检查配置…
doctor-head-failed = <b>🩺 OCM 自检：发现问题</b>
doctor-head-warned = <b>🩺 OCM 自检：可用，但有警告</b>
doctor-head-passed = <b>🩺 OCM 自检：全部检查通过</b>
doctor-cli-header = OCM 自检 · OCM { $version } · Node { $node }
doctor-cli-config-blocked = ❌ 必须先修正配置，才能进行其他检查
doctor-cli-failed = ❌ 发现问题：请修复标有 ❌ 的各行（→ 行给出了修复方法）
doctor-cli-warned = ⚠️ 可用，但有警告
doctor-cli-passed = ✅ 全部检查通过
doctor-cli-crashed = ocm doctor：意外失败：{ $error }
doctor-line = { $mark } { $area }：{ $text }
doctor-line-next = {"   "}→ { $next }
doctor-check-config = 配置
doctor-check-telegram = Telegram
doctor-check-claude = Claude
doctor-check-ssh-key = SSH 密钥
doctor-check-nodes = 节点
doctor-check-backup-repo = 备份仓库
doctor-check-backup-remote = 备份远程仓库
doctor-check-offsite = 异地副本
doctor-check-disk = 磁盘
doctor-check-files = 文件
doctor-check-clock = 时钟
doctor-net-timed-out = 超时
doctor-unknown-error = 错误
doctor-no-output = 无输出
doctor-version-unknown = 版本未知

doctor-config-ok = { $file } 和环境变量解析正常
doctor-config-ok-defaults = 没有 ocm.yaml：默认值和环境变量解析正常
doctor-config-problem = { $error }
    .next = 修改 ocm.yaml 中提到的配置项或对应的环境变量（见 README 的配置表）

doctor-telegram-no-token = 未设置 bot token：OCM 在终端上以控制台聊天方式运行（设置 TELEGRAM_BOT_TOKEN 以启用 bot）
doctor-telegram-unreachable = 无法连接 { $root }（{ $error }）
    .next = 检查本机的网络、代理或 TELEGRAM_API_ROOT
doctor-telegram-token-refused = bot token 被 getMe 拒绝（{ $status } { $description }）
    .next = 从 @BotFather（/mybots → API Token）重新复制 token，写入 /etc/ocm/env 中的 TELEGRAM_BOT_TOKEN，然后重启 OCM
doctor-telegram-getme-status = getMe 返回 { $status }
    .next = 稍后重试；如果一直如此，请检查 TELEGRAM_API_ROOT
doctor-telegram-token-ok = token 有效：bot @{ $username } 响应 getMe
doctor-telegram-owners = 已设置 { $count } 个管理员（{ $ids }）
doctor-telegram-no-owners = 未设置管理员：没有人可以操作
    .next = 将 OCM_OWNER_IDS 设为你的 Telegram 数字用户 id（可询问 @userinfobot）
doctor-telegram-commands-ok = setMyCommands 已接受（{ $count } 条命令）
doctor-telegram-commands-refused = setMyCommands 被拒绝（{ $status }）：命令菜单可能不是最新的
    .next = 手动输入的命令不受影响；请检查 Bot API 服务器
doctor-telegram-commands-failed = setMyCommands 失败（{ $error }）
    .next = 手动输入的命令不受影响

doctor-claude-no-key = 未设置 API key：自然语言使用内置的备用解析器（设置 ANTHROPIC_API_KEY 以使用 Claude）
doctor-claude-key-refused = API key 被拒绝（{ $status }）
    .next = 在 console.anthropic.com 创建 key 并设置 ANTHROPIC_API_KEY；没有 key 时 OCM 使用备用解析器
doctor-claude-models-status = 模型列表返回 { $status }
    .next = Claude 不可用期间，自然语言改用内置解析器
doctor-claude-model-missing = key 有效，但模型 { $model } 不在模型列表中
    .next = 将 OCM_INTENT_MODEL 设为列表中的某个模型
doctor-claude-ok = key 有效（列出 { $count } 个模型）
doctor-claude-unreachable = 无法连接 { $base }（{ $error }）
    .next = 自然语言改用内置解析器；请检查网络或 ANTHROPIC_BASE_URL

doctor-ssh-key-missing = { $path } 尚未创建：OCM 首次启动时会创建
doctor-ssh-key-open = { $path } 可被其他用户读取（权限 { $mode }）
    .next = chmod 600 { $path }
doctor-ssh-key-unusable = { $path } 不是可用的私钥（{ $error }）
    .next = 把它移走；OCM 启动时会创建新密钥（之后在各节点上安装新的公钥）
doctor-ssh-key-ok = { $path } 存在，权限 { $mode }
doctor-ssh-key-unreadable = 无法读取 { $path }（{ $code }）
    .next = 用同一个用户运行 OCM 和自检（服务以 ocm 用户运行）

doctor-nodes-none = 尚未注册任何节点（用 /newnode 或 ocm.yaml 中的 nodes: 添加）
doctor-node-local-ok = 本机，OpenClaw { $version }
doctor-node-local-no-openclaw = 本机：未安装 OpenClaw
    .next = 安装 OpenClaw，或将 local_node 设为 off 运行 OCM
doctor-node-local-agent-failed = 本地 agent 失败（{ $error }）
    .next = 在 OCM 代码目录中运行 `npm run build:agent`
doctor-node-host-key-untrusted = { $where }：主机密钥尚未信任，OCM 不会连接
    .next = 将 OCM 显示的指纹与节点上 `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` 的输出比对，然后执行 /trusthost { $node }
doctor-node-key-path = 检查该节点的 key_path
doctor-node-host-key-changed = { $where }：SSH 主机密钥已变更（已固定 { $pinned }，现在是 { $presented }）；OCM 拒绝连接
    .next = 如果该机器是有意重装的，请在机器上核对新密钥，再用 /trusthost { $node } 重新固定；否则按攻击处理
doctor-node-unreachable = { $where }：无法连接（{ $error }）
    .next = 检查机器是否已开机、sshd 是否监听端口 { $port }（在本机执行 `ssh -p { $port } { $user }@{ $host }`），以及防火墙
doctor-node-no-agent = { $where }：可连接，主机密钥一致；尚未安装 OCM agent
    .next = OCM 下次联系该节点时会安装（例如 /status）
doctor-node-ok = { $where }：可连接，主机密钥一致，{ $agent }，{ $openclaw }
doctor-node-agent-current = agent 为最新
doctor-node-agent-outdated = agent { $remote } 已过期（OCM 的版本为 { $ours }）
doctor-node-openclaw-version = OpenClaw { $version }
doctor-node-openclaw-missing = 未安装 OpenClaw
doctor-node-status-failed = 状态获取失败（{ $error }）
doctor-node-agent-replace = OCM 下次联系该节点时会替换 agent（例如 /status）
doctor-node-look = 查看 /status { $node } 和 /logs { $node }

doctor-backup-repo-missing = { $dir } 尚未创建：第一次备份时会创建
doctor-backup-repo-ok = { $dir }：git fsck 无问题
doctor-backup-repo-broken = { $dir }：git fsck 发现问题（{ $output }）
    .next = 运行 `git -C { $dir } fsck`；如果有对象丢失，把该目录移走，再将远程仓库 clone 到这里
doctor-backup-remote-none = 未配置：备份只保存在本机（设置 OCM_BACKUP_REMOTE 以推送备份）
doctor-backup-deploy-key-missing = deploy key { $path } 不存在
    .next = 将 OCM_BACKUP_DEPLOY_KEY 设为私钥，其公钥须作为该仓库的 deploy key（有写权限）
doctor-backup-remote-next = 检查 URL、deploy key 是否已以 "Allow write access" 添加到仓库，以及到 git 主机的网络
doctor-backup-remote-reachable = { $remote } 可连接（仓库建立后再检查写权限）
doctor-backup-remote-unreachable = { $remote } 无法连接（{ $output }）
doctor-backup-remote-writable = { $remote } 可连接且可写入（dry-run push）
doctor-backup-remote-refused = { $remote }：dry-run push 被拒绝（{ $output }）

doctor-disk-free = { $dir }：剩余 { $free } GB（{ $pct }%）
doctor-disk-full-next = 清理该磁盘的空间（旧日志、data/tmp）或迁移 OCM_DATA_DIR；磁盘满时 SQLite 和 git 都会失败
doctor-disk-low-next = 在磁盘写满之前清理一些空间
doctor-disk-unreadable = 无法读取 { $dir }（{ $code }）
    .next = 检查 OCM_DATA_DIR 及其权限

doctor-files-missing = { $dir } 尚不存在（OCM 启动时以 0700 创建）
doctor-files-ok = { $dir }：目录 0700，文件 0600
doctor-files-wide = 其他用户可读取：{ $names }
    .next = OCM 下次启动时会收紧权限；或现在执行：chmod -R go-rwx { $dir }

doctor-clock-no-source = { $time }（没有可比对的远程时间源）
doctor-clock-skew = 与 API 响应的 Date 相差 { $skew } 秒
doctor-clock-fail-next = 启用时间同步（`timedatectl set-ntp true`）；定时任务、告警和 TLS 都依赖它
doctor-clock-warn-next = 启用时间同步（`timedatectl set-ntp true`）

# /version（Telegram HTML）
doctor-version-ocm = <b>OCM</b> { $version }
doctor-version-uptime = 运行时长：{ $uptime }
doctor-version-node = Node.js：{ $node }
doctor-version-agent = Agent：{ $agent }
doctor-version-schema = Schema：{ $count } 个迁移
doctor-version-schema-last = Schema：{ $count } 个迁移（最近：{ $last }）




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

# 状态页（src/web/page.ts）。纯文本：页面负责转义和标记。
status-page-title = OCM · { $online }/{ $total } 在线
status-page-heading = OCM — OpenClaw 集群
status-page-overview = 概览
status-page-online = 在线
status-page-backups-today = 今日备份
status-page-average-score = 平均评分
status-page-open-alerts = 未处理告警
status-page-offsite = 异地副本
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




## events: src/store/events-repo.ts and every events.add
# 事件日志（/events、状态页的“最近事件”）。纯文本；英文文本另存为事件的 message（日志、JSON API、旧版读取方）。
event-list = { $first }，{ $rest }
event-list-empty = —
event-operation-interrupted = { $action } 因 OCM 重启而中断（{ $state }）
event-operation-interrupted-target = { $action } { $target } 因 OCM 重启而中断（{ $state }）

# 节点（src/nodes）
event-node-state = { $node }：{ $from } → { $to }
event-node-state-reason = { $node }：{ $from } → { $to }（{ $reason }）
event-node-added = { $node }：已添加（{ $where }，{ $os } { $arch }，主机密钥 { $fingerprint }）
event-node-declared = { $node }：已在配置文件中声明（{ $where }）
event-node-undeclared = { $node }：配置文件中已不再声明；标记为“未声明”保留，直到执行 /removenode { $node }
event-node-local = { $node }：本机已注册为节点“{ $node }”
event-node-edited = { $node }：{ $changes }（操作人 { $by }）
event-node-change = { $key } { $from } → { $to }
event-node-removed = { $node }：已从 OCM 中移除
event-hostkey-mismatch = { $node }：主机密钥由 { $pinned } 变为 { $presented }；在执行 /trusthost { $node } 之前拒绝连接
event-hostkey-unknown = { $node }：出示主机密钥 { $presented }，尚未信任（/trusthost { $node }）
event-hostkey-pinned = { $node }：主机密钥已固定为 { $fingerprint }
event-hostkey-repinned = { $node }：主机密钥已固定为 { $fingerprint }（原为 { $old }）
event-agent-installed = { $node }：已安装 OCM 代理程序 { $version }
event-agent-replaced = { $node }：已安装 OCM 代理程序 { $version }（原为 { $was }）
event-gateway-restarted = { $node }：网关已由 { $by } 重启（{ $method }），pid { $old } → { $pid }
event-gateway-restart-failed = { $node }：网关重启失败：{ $error }

# 看门狗与告警（src/monitor）
event-silence-added = { $scope } 的告警已由 { $by } 静音 { $duration }（至 { $until }）
event-silence-ended = { $scope } 的 { $count } 个静音已由 { $by } 结束
event-incident-opened = { $summary }（故障 { $id }）
event-incident-opened-threshold = { $summary }（超过 { $limit }%）
event-incident-opened-detail = { $summary }：{ $detail }
event-incident-resolved = { $summary }：已解决
event-incident-back = { $node }：{ $back }
event-node-recovered = { $node }：{ $duration } 后恢复为{ $state } —— { $fix }
event-alert-sent = 已发送告警：{ $summary }
event-alert-sent-digest = 已发送告警：{ $summary }（{ $count } 条合并发送）
event-alert-escalated = { $summary }：已升级
event-alert-critical = { $summary }：严重 —— 请检查硬件
event-alert-held-muted = { $summary }：告警暂缓发送（静音至 { $until }）
event-alert-held-maintenance = { $summary }：告警暂缓发送（维护窗口至 { $until }）
event-auto-restart = { $node }：网关自 { $since } 起宕机；正在自动重启
event-auto-restart-result = { $node }：{ $result }
event-log-keywords = { $node }：自 { $since } 起有 { $count } 行日志含 { $keywords }
event-backup-alert-sent = 已发送告警：备份失败
event-backup-alert-sent-on = 已发送告警：{ $node } 备份失败
event-backup-alert-muted = OCM 的备份失败未发送（已静音）
event-backup-alert-muted-on = { $node } 的备份失败未发送（已静音）

# 备份与恢复（src/backup）
event-backup-created = { $node }：手动备份 { $commit }（{ $files } 个文件）
event-backup-created-auto = { $node }：自动备份 { $commit }（{ $files } 个文件）
event-backup-failed = { $node }：备份失败：{ $error }
event-backup-master-refused = 已拒绝 OCM 自身备份：其数据库的脱敏副本未通过 PRAGMA integrity_check（{ $problem }）
event-backup-skipped = { $node }：{ $action } 正在运行，已跳过定时备份
event-backup-stable = { $node }：{ $tag } → { $commit }
event-backup-pushed = 之前推送失败，备份仓库现已推送到远程
event-backup-push-failed = 备份仓库推送失败（{ $error }）；本地提交已保留，稍后重试推送
event-backup-push-failed-unknown = 备份仓库推送失败；本地提交已保留，稍后重试推送
event-restore-applied = { $node }：已恢复到 { $ref }（{ $commit }），网关健康
event-restore-reverted = { $error }
event-restore-interrupted = { $node }：恢复 { $ref } 期间 OCM 停止；节点报告：{ $state }
event-restore-node-gone = 未知（该节点已从 OCM 中移除）
event-restore-state-unknown = 未知（{ $error }）
event-offsite-cleanup = 异地保留策略删除了 { $count } 个旧副本
event-offsite-uploaded = 异地副本 { $file } 已上传（{ $size } 字节）
event-offsite-verify-failed = 异地副本 { $file } 校验失败
event-offsite-failed = 异地副本上传失败（{ $error }）；本地备份未受影响
