### Chinese
### Messages of the `sixfold` command line (see en/cli.ftl).

## Help

cli-about = 联合国正式文件六种语文工具。
cli-about-id = 解析、验证并规范联合国文件文号。
cli-about-align = 将文件的六种语文文本逐段对齐。
cli-about-check = 对照参照文本检查各文本：缺少、合并或编号错误的段落，数字，脚注。
cli-about-history = 列出修改各文本的提交及其涉及的对齐行。
cli-about-stale = 查找参照片段在译文之后又有改动的译文片段（如有则退出码为 1）。
cli-about-diff = 逐行并按每种语文显示两个修订版之间的变化。
cli-about-export = 将对齐行导出为 TMX、XLIFF 2.1、TSV、JSON Lines、Moses 文本或 HTML 审校页面。
cli-about-meta = 读取文本的报头（届会、日期、议程项目……）并将文件夹与 document.toml 比较。
cli-help-ui-lang = 界面语文：ar、zh、en、fr、ru 或 es（默认依次为 SIXFOLD_LANG、LC_ALL、LC_MESSAGES 或 LANG，否则为英文）
cli-help-follow-symlinks = 读取作为符号链接、指向存储库内（不在 git 中时为文件夹内）普通文件的语文版本、document.toml 和 review.toml；使用 --rev 时在该修订的树中解析链接；其他链接一律拒绝

## Errors

cli-error = 错误：{ $message }
cli-caused-by = 原因：{ $cause }
cli-git-says = libgit2 报告：{ $message }
cli-cannot-read = 无法读取 { $path }
cli-cannot-export = 无法导出 { $path }
cli-cannot-write-export = 无法写入 { $format } 导出文件
cli-write-owner-not-kept = { $path } 现归 uid { $uid } 所有：无法保留其原所有者（uid { $old }）
cli-write-hard-links-broken = 已替换 { $path }：其另外 { $count } 个硬链接仍保留旧内容
cli-cannot-write-moses = 无法写入 { $lang } 的 Moses 文件
cli-export-source-not-exported = 源语文 { $lang } 不在导出语文之列（{ $langs }）
cli-export-xliff-pair = XLIFF 只含一种源语文和一种目标语文：请指定 --langs 源语文,目标语文（收到 { $langs }）
cli-export-tmx-one-language = TMX 翻译记忆至少要配对两种语文：请在 --langs 中指定两种或更多不同的语文（收到 { $langs }）
cli-export-no-rendering = { $path } 没有 { $lang } 文本：应为 { $langs } 之一
cli-export-moses-output = Moses 每种语文写一个文件：请指定 -o 目录 或 -o 路径/前缀
cli-meta-unknown-language = 无法确定 { $path } 的语文：请将文件命名为 <语文>.md（fr.md）或指定 --lang
cli-meta-cannot-read-header = 无法读取 { $path } 的报头
cli-meta-no-renderings = { $path } 中没有文本：应有 ar.md、zh.md、en.md、fr.md、ru.md 或 es.md
cli-meta-cannot-use = 无法使用 { $path }
cli-meta-render-needs-folder = --render 读取 document.toml：请指定文件夹，而不是 { $path }
cli-meta-render-needs-lang = --render 需要输出语文：请指定 --lang ar、zh、en、fr、ru 或 es
cli-meta-no-toml = { $path } 没有可用于生成报头的 document.toml
cli-meta-cannot-render = 无法以 { $lang } 生成 { $path } 的报头

## sixfold meta

meta-label =
    { $field ->
        [symbol] 文号
        [organ] 机关
        [original] 原文语言
        [distribution] 分发
        [date] 日期
        [session] 届会
        [agenda] 议程项目
        [report] 报告
        [draft] 草案
        [resolution] 决议
        [title] 标题
        [meeting] 会议
       *[adopted] 通过日期
    }
meta-compared =
    { $field ->
        [symbol] 文号
        [distribution] 分发
        [date] 日期
        [session] 届会
        [agenda-one] 议程项目
        [agenda] 议程项目
        [report] 报告
        [committee] 委员会
        [resolution] 决议
        [title] 标题
        [meeting] 会议
       *[adopted] 通过日期
    }
meta-none = 无
# Marks a header value the text does not state but that follows from others.
meta-derived = 推导得出
meta-report-committee = { $report }（第 { $committee } 委员会）
meta-report-plenary = { $report }（全体会议）
meta-all-agree = 已读取 { $read }/{ $total } 个文本；全部与 { $reference } 一致
meta-none-read = { $total } 个语文本的页眉均无法读取：无可比较
meta-disagreements = 与 { $reference } 不一致之处 { $count } 处：
meta-disagreement = { $file } 第 { $line } 行：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
meta-file-error = 错误：{ $message }

## sixfold id

id-label =
    { $field ->
        [canonical] 规范形式
        [compact] 紧凑形式
        [base] 基本文号
        [modifiers] 修饰部分
        [resolution] 决议
        [session] 届会
        [url] 网址
        [version] 版本
        [akn] akn
       *[invalid] 无效
    }
id-invalid-at = { $message }（字节偏移 { $offset }）

## sixfold align

align-heading = { $symbol }（{ $place }），参照文本 { $pivot }，共 { $rows } 行
align-column-row = 行
align-column-confidence = 置信度
cli-align-mixed-inputs = 请指定若干文件夹，或一个文件的各文本，不可两者兼有
cli-align-no-such-input = { $path } 不存在：应为文件夹或文本文件
cli-align-cannot-load-files = 无法载入各文本
cli-align-cannot-load-folder = 无法载入文件夹 { $path }
cli-cannot-list-translations = 无法列出 { $path }：请在资料库根目录运行 sixfold，或指定文件
cli-no-document-folders = { $path } 下没有文件夹

## Argument help (clap)

cli-arg-paths = 文件夹（含 `<lang>.md` 文件），或一个文件的各文本文件。
cli-arg-lang = 文件名未表明语文时的文件语文。
cli-arg-check-paths = 文件夹，或一个文件的各文本文件；不指定时检查 `translations/` 下的所有文件夹。
cli-arg-pivot = 其他文本与之比较的参照语文。
cli-arg-export-dir = 含 `<lang>.md` 文本和 `document.toml` 的文件夹。
cli-arg-export-format = tmx（两种语文为双语，更多为多语，srclang 为 *all*）、xliff（一种源语文、一种目标语文）、tsv、jsonl、moses（每种语文一个文件；需要 -o）、html。
cli-arg-export-langs = 要导出的语文，以逗号分隔（默认：文件夹中的所有文本）。
cli-arg-export-source = 源语文：XLIFF 的 `srcLang`、双语 TMX 的 `srclang`，其他格式的第一列（默认：--langs 的第一个，否则为英文）。
cli-arg-export-output = 输出文件（缺省为标准输出）。moses：已有目录，写入 `<slug>.<lang>` 文件，或路径前缀，后接 `.<lang>`。
cli-arg-meta-path = 一个文本（`fr.md`）或含各文本和 `document.toml` 的文件夹。
cli-arg-format = `text` 供人阅读，`json` 供程序使用。
cli-arg-meta-render = 依据 document.toml，以 --lang 语文写出文件夹的报头和结尾各行，而不读取文本（text：与文本相同的 Markdown；json：各行）。
cli-arg-meta-layout = 与 `--render` 一起使用：文件页眉的版式，`current`（现行版式：联合国、文号、机关、Distr.: General 和日期……）或 `1990s`（所附 A/RES/51/60 的版式）。
cli-arg-id-symbols = 文号或版本标识；不指定时从标准输入逐行读取。
cli-arg-id-lang = undocs.org 地址的语文，输入为自带语文的版本标识时除外。
cli-needs-folder = { $path } 是文件：此命令读取文档文件夹；请给出 { $folder }
cli-align-too-few-languages = { $place } 只有 { $count ->
       *[other] { $count } 种语文本（{ $langs }）
    }：对齐至少需要两种语文

## sixfold history, stale and diff

history-kind =
    { $kind ->
        [added] 新增
        [changed] 修改
        [removed] 删除
       *[other] { $kind }
    }
history-row-word = 对齐行
history-segment-word = 片段
history-heading = { $path } 的历史（自 { $rev } 沿第一父提交，各行按 { $pivot } 标注）
history-commits = { $lang }：{ $count } 个提交
history-added-rows = 对齐行 { $first }–{ $last }（共 { $count } 行）
history-layout-only = （没有片段改动：仅版式或空白）
history-renamed-from = 由 { $path } 重命名而来
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = 片段 { $segment }（第 { $line } 行）最后修改于 { $commit } { $date }；{ $pivot } { $pivot_label } 修改于 { $pivot_commit }{ $committed ->
        [yes] {" "}{ $pivot_date }“{ $summary }”
       *[no] {""}
    }
stale-summary = { $path } 中有 { $count } 个片段相对 { $pivot } 已过时（{ $versions } 个提交修改了该文件夹，共查看 { $walked } 个）
diff-heading = { $path } 的差异：{ $from }（{ $from_rev }）→ { $to }（{ $to_rev }），各行按 { $pivot } 匹配
diff-row = 对齐行 { $row }
diff-old-row = 原对齐行 { $rows }
diff-summary = { $count } 行有差异
note-uncommitted = 注：{ $folder } 中未提交的改动不在历史中：{ $list }
note-work-tree = 工作树
diff-uncommitted = 包括未提交的修改
note-undecodable = 警告：提交 { $commit } 中的 { $path } 不是 UTF-8 文本（第一个无效字节位于偏移量 { $offset }）；已跳过该版本（使用 --strict 时视为错误）
note-shallow = 注：浅克隆，历史止于浅克隆边界 { $commit }（{ $date }）；此前的改动不得而知
note-skipped-no-language = 注：未读取 { $file }：文件名未表明语言（应为 fr.md、FRA.md 或 fr-FR.md 之类的名称）
note-skipped-same-language = 注：未读取 { $file }：文件夹中已有另一个文件是该语言的文本
cli-cannot-read-at-rev = 无法读取修订版 `{ $rev }` 中的文件夹 { $path }
cli-not-a-file-in-folder = { $path } 不是文件夹中的文件
cli-missing-at-rev = 修订版 `{ $rev }` 中没有 { $path }
cli-align-rev-needs-folder = --rev 从 git 读取文件夹：请指定文件夹，而不是其中的文件
cli-help-usage = 用法：
cli-help-commands = 命令
cli-help-options = 选项
cli-help-arguments = 参数
cli-help-flag = 显示帮助
cli-version-flag = 显示版本
cli-arg-rev = 按该 git 修订版本（任何 revspec）读取文件，而不是读取工作区。
cli-arg-dir = 文件夹，例如 translations/A-RES-51-60。
cli-arg-history-rev = 要显示其历史的修订版本。
cli-arg-stale-rev = 要检查的修订版本（读取截至该版本的提交历史；仅在使用 --worktree 时读取工作区）。
cli-arg-diff-from = 较早的修订版本。
cli-arg-diff-to = 较新的修订版本；省略时为工作区（包括未提交的修改，同 `git diff REV`）。
cli-arg-no-follow = 不跟踪文件夹及其各语文本的重命名（同不带 --follow 的 `git log`）。
cli-arg-strict = 某一提交中无法解码的语文本视为错误，而不是跳过该版本的警告。
cli-arg-cache = 将对齐结果保存在仓库的 .git/sixfold/ 中，供下次运行复用。
cli-arg-stale-worktree = 将文件夹中未提交的修改作为其最新版本纳入检查。

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = 无法读取文件夹列表 { $path }
cli-from-bad-line = 无法读取文件夹列表第 { $line } 行
cli-from-and-paths = 文件夹请以参数或 --from 给出，不可两者同时使用
cli-export-from-needs-dir = 导出多份文件需要 -o DIR，即写入的文件夹
cli-export-concat-format = --concat 只合并按行格式（tsv、jsonl、moses），不支持 { $format }
cli-export-same-name = 已跳过 { $path }：本次运行已导出同名文件夹
cli-cannot-write-file = 无法写入 { $path }
cli-arg-from = 从 FILE 读取文件夹，每行一个（`-` 表示标准输入）；结果按列表顺序在就绪后输出。
cli-arg-jobs = 同时处理的文件数（默认：全部核心）。
cli-arg-quiet = 不显示进度条和提示(错误以及写入时未能保留内容的警告仍会显示)。
cli-arg-export-concat = 与 --from 及 tsv、jsonl 或 moses 一起使用：在 -o DIR 下为源语言与每种其他语言各生成一个语料，而非每份文件单独输出。

## sixfold read

cli-about-read = 显示 sixfold 从一个文本中读到的内容：报头各项和各段（类别、标签、文字、行号、脚注）。
cli-arg-read-path = 一个文本：PDF 库或复制粘贴所得的 Markdown 或纯文本。
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = 注意：{ $path }：没有文号——document.toml 未给出，任何语文本的页眉也未载明；导出内容不带文号（请在 document.toml 中添加 `symbol`）
cli-export-empty-rendering = 警告：{ $path }：{ $lang } 语文本为空；导出内容中没有 { $lang } 的任何内容
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = 默认：{ $value }
cli-help-possible = 可选值：{ $values }
cli-parse-error = 错误：{ $message }
    （--help 列出所有选项）
cli-parse-invalid-value = { $arg } 的值“{ $value }”无效；可选值：{ $values }
cli-parse-unknown-argument = 未知选项“{ $arg }”
cli-parse-missing-argument = 缺少：{ $args }
cli-parse-unknown-command = 未知命令“{ $command }”
cli-parse-unknown-lang = 未知语言“{ $value }”：应为 ar、zh、en、fr、ru 或 es
cli-parse-jobs = --jobs 应为同时处理的文件数，1 或更大：“{ $value }”
cli-parse-invalid-because = { $arg }：{ $why }

history-error-not-a-repository = 不在 git 仓库中：--rev 以及 history、stale 和 diff 都需要仓库（从 { $path } 向上查找）
history-error-bare = 仓库 { $path } 没有工作区：无法在其中定位文件夹
history-error-folder-missing = 找不到文件夹 { $path }
history-error-read-file = 无法读取 { $path }
history-error-outside-work-tree = 文件夹 { $path } 不在其仓库的工作区 { $workdir } 内
history-error-unknown-revision = 未知修订版 `{ $rev }`：应为提交、分支、标签或 HEAD~2 之类的修订表达式
history-error-beyond-shallow = 此浅克隆中没有修订版 `{ $rev }`：历史止于浅克隆边界，更早的提交不在本地（git fetch --unshallow 可获取）
history-error-not-a-commit = 修订版 `{ $rev }` 不是提交
history-error-folder-absent = 修订版 `{ $rev }` 中不存在文件夹 `{ $path }`
history-error-not-a-folder = 修订版 `{ $rev }` 中的 `{ $path }` 不是文件夹
history-error-no-renderings = 修订版 `{ $rev }` 的 `{ $path }` 中没有任何语文本：应有 ar.md、zh.md、en.md、fr.md、ru.md 或 es.md 文件
history-error-pivot-absent = 修订版 `{ $rev }` 的 `{ $path }` 中没有 { $lang }.md：查找过时译文需要基准文本
history-error-not-a-file = { $problem }（修订版 `{ $rev }`：应为模式 100644 的 blob）
history-error-unreadable = 无法读取修订版 `{ $rev }` 中的 `{ $path }`
history-error-missing-commit = `{ $path }` 的历史所需的提交 { $commit } 缺失（超出浅克隆边界，或仓库已损坏）
