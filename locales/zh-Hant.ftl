# OCM 訊息 —— 繁體中文：只含自然語言層的句子，其餘沿用 zh.ftl。

## intents: src/intents




