### Chinese
### Messages about review files (review.toml) (see en/review.ftl).

## Errors

review-error-invalid = { $file }:{ $line }：`{ $key }`：{ $problem }
review-error-syntax = { $file }:{ $line }：{ $problem }
review-problem-wrong-type = 应为{ $expected ->
        [tables] 表数组
        [date] 日期
        [string] 字符串
       *[languages] 语言表
    }
review-problem-syntax = 不是有效的 TOML：{ $detail }
review-problem-unknown-key = 未知的键；应为以下之一：{ $expected }
review-problem-missing-key = 缺少键
review-problem-language = `{ $value }` 不是语言代码；应为 ar、zh、en、fr、ru 或 es
review-problem-range = `{ $value }` 不是段落范围；应为标签、@ 加摘要，或用 .. 连接的两个这样的值
review-problem-date = `{ $value }` 不是日期；应为 YYYY-MM-DD
review-problem-finding-id = `{ $value }` 不是问题标识；应为 代码:语言 或 代码:语言:标签
review-problem-one-language = 固定至少需要两种语言
review-error-io = 无法读取 { $path }
review-error-backwards = { $file }:{ $line }：{ $lang } 段落 { $segments } 与文件顺序相反
review-error-backwards-arg = { $lang } 段落 { $segments } 与文件顺序相反
review-error-crossing = { $file }:{ $first } 与 { $file }:{ $second }：两个固定在 { $lang } 中交叉
review-error-locked = { $path } 被另一个 sixfold 命令占用（如无命令在运行，可将其删除）
review-error-unknown-finding = 本文件中没有问题 `{ $id }`；`sixfold check --all` 会列出所有标识
review-error-unknown-segment = 本文件中没有 { $lang } 段落 `{ $segments }`
review-error-no-rendering = 本文件没有 { $lang } 文本
review-error-nothing-to-remove = { $file }：没有可删除的内容：{ $what }
review-error-with = `{ $value }` 不是 语言:段落 的形式（例如 en:pre.9..pre.11）

## Confirmations of the commands that write review.toml

review-pinned = 已在 { $file } 中固定 { $segments }
review-accepted = 已在 { $file } 中接受问题 { $id }
review-unpinned = 已从 { $file } 删除 { $count } 个固定
review-unaccepted = 已从 { $file } 删除对 { $id } 的接受

## In check reports

check-outdated-accept = 在 { $file }:{ $review_line } 接受的问题 { $id } 所针对的文本已经改变；请重新接受或删除该接受
check-outdated-pin = { $file }:{ $review_line } 中的固定针对的是另一版 { $lang } 文本（{ $segments }），未予应用；请重新固定或将其删除
check-accepted-count = 已接受 { $count } 项
check-accepted-heading = 已接受的问题：
check-accepted-reason = 理由：{ $reason }

## Help

cli-about-pin = 在文件夹的 review.toml 中把多种语言的段落固定为同一对齐行。
cli-about-accept = 在文件夹的 review.toml 中将 check 的某个问题接受为有意为之（check 不再计数）。
cli-about-unpin = 从文件夹的 review.toml 中删除固定。
cli-about-unaccept = 从文件夹的 review.toml 中删除已接受的问题。
cli-arg-check-all = 同时列出已接受的问题及其理由。

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = 由人工在 review.toml 中固定
export-pinned = 由人工固定
export-legend-pinned = 由人工固定的行（review.toml）
export-command-pin = 按现状固定此行：
export-command-accept = 接受此问题：
export-accepted-item = 已接受 · { $lang } · { $code }：{ $message }
cli-arg-review-dir = 文件夹（缺少 review.toml 时会创建）。
cli-arg-pin-lang = --segments 所给段落的语言。
cli-arg-pin-segments = 该语言的段落：标签（pre.9）、@ 加摘要，或范围 a..b。
cli-arg-pin-with = 与之对应的另一种语言的段落，形式为 语言:段落（en:pre.9..pre.11）；可重复用于更多语言。
cli-arg-reason = 作出决定的理由（保存在 review.toml 中）。
cli-arg-author = 作出决定的人。
cli-arg-date = 日期（YYYY-MM-DD；默认为今天，如设置了 SOURCE_DATE_EPOCH 则取其日期）。
cli-arg-accept-id = 问题标识，即 sixfold check 显示的形式（numbers-differ:fr:op.3）。
cli-arg-unpin-segments = 固定中该语言段落的写法（pre.9）。
cli-arg-unaccept-id = 问题标识，即 sixfold check 显示的形式（numbers-differ:fr:op.3）。
