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







## intents: src/intents







## doctor: src/doctor







## web: src/web




