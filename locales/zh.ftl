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





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




