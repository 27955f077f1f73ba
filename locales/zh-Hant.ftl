# OCM 訊息 —— 繁體中文：只含自然語言層的句子，其餘沿用 zh.ftl。

## intents: src/intents

# 自然語言層以請求所用的語言回答（src/intents/lang.ts）：繁體中文的請求以繁體字回答。

# 計劃（src/intents/plan.ts）
nl-plan = 📋 <b>計劃</b>
nl-plan-one = 📋 <b>計劃: { $command }</b> — { $line } ({ $count } 個節點)
nl-understood = 🗣 理解為: <code>{ $commands }</code>
nl-needs-read = 唯讀，無需確認，立即執行。
nl-needs-low = 低風險，無需確認，立即執行。
nl-needs-medium = 中風險：需要點一次確認。
nl-needs-high = 高風險：先點確認，再輸入 4 位安全碼。
nl-step-by-step = <i>步驟依次執行，每步按其風險單獨確認；某步失敗或取消則停止。</i>
nl-stopped = ⏹ 計劃在第 { $n } 步停止（{ $step }：{ $result }）；未執行：{ $rest }。
nl-outcome-failed = 失敗
nl-outcome-denied = 被拒絕
nl-outcome-cancelled = 已取消
nl-outcome-expired = 已過期

# 拒絕某一步的原因（純文字，嵌在 nl-rejected 中）
nl-rejected = ⚠️ 未執行任何操作：{ $problem }
nl-known-nodes = 已知節點：{ $nodes }
nl-no-nodes = 還沒有節點（用 /newnode 新增）
nl-unknown-node = 未知節點 '{ $node }'（{ $known }）
nl-unknown-node-near = 未知節點 '{ $node }' — 是不是 { $near }？（{ $known }）
nl-no-such-operation = 這個 OCM（目前）沒有 '{ $action }' 操作；/help 列出所有可用操作
nl-guided-conversation = { $usage } 是引導式對話：請自己發送 /{ $command }
nl-not-in-plain-words = '{ $action }' 不能用自然語言請求
nl-invalid-params = { $problem }（用法：{ $usage }）
nl-params-not-object = { $tool } 的參數不是物件

# 備用解析器（src/intents/fallback.ts），未設定 ANTHROPIC_API_KEY 時使用
nl-which-node = ❓ 請問是哪個節點？已知節點：{ $nodes }。
nl-which-node-or-all = ❓ 請問是哪個節點？已知節點：{ $nodes }，或「所有」。
nl-one-node-only = ❓ { $action } 一次只能針對一個節點。請問是哪個？已知節點：{ $nodes }。
nl-need-ref = ❓ 要還原到哪個備份？用 { $cmd } 查看，然後說例如「把 g3s-01 還原到 g3s-01/stable/2026-02-14」。
nl-negative = ⚠️ 聽起來你並不想執行，所以什麼都沒做。如需執行請發送命令，例如 { $cmd }。
nl-needs-key = ℹ️ 自然語言需要設定 ANTHROPIC_API_KEY。未設定時只能理解狀態、備份、重啟、日誌、回滾等簡單請求（如「重啟 g3s-02」）。最接近的命令：{ $cmd } —— /help 列出全部命令。

# Claude（src/intents/service.ts、src/intents/claude.ts）；錯誤為純文字
nl-rate-limited = ⏳ 自然語言請求過於頻繁，請 { $s } 秒後再試。斜線命令仍可使用（/help）。
nl-claude-failed = ❌ { $error }。未執行任何操作；斜線命令仍可使用（/help）。
nl-claude-empty = 回傳了空回答（{ $reason }）
nl-claude-no-stop-reason = 無停止原因
nl-claude-timeout = { $waited } 內沒有回應；請稍後再試
nl-claude-unreachable = 無法連線 API { $url }（請檢查 ANTHROPIC_BASE_URL 和網路）
nl-claude-overloaded = API 目前過載（529）；請一分鐘後再試
nl-claude-rate-limited = 已達到 API 速率限制（429）；請等一分鐘再試
nl-claude-key-refused = API 金鑰被拒絕（{ $status }）；請檢查 ANTHROPIC_API_KEY
nl-claude-server-error = API 出錯（{ $code }）；請稍後再試
nl-claude-refused = API 拒絕了請求（{ $code }）
nl-claude-unexpected = 請求意外失敗（詳情見 OCM 日誌）




