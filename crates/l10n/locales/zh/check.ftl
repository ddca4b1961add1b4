### Chinese
### Messages of `sixfold check` and the explanations of check findings (see en/check.ftl).

## Report

check-severity =
    { $severity ->
        [error] 错误
        [warning] 警告
       *[info] 提示
    }
check-no-symbol = 无文号的文件
check-other-pivot = 参照文本 { $pivot }：没有 { $wanted } 文本
check-summary = { $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示
check-total = 已检查文件：{ $documents }；{ $summary }
check-total-unusable = 已检查文件：{ $documents }，无法使用：{ $unusable }；{ $summary }

## Findings

check-empty-rendering = { $lang } 文本 { $source } 没有内容
check-missing-rendering = document.toml 声明有 { $lang } 文本，但缺少 { $lang }.md
check-absent-rendering = 文件夹中没有 { $lang } 文本（六种语言中有 { $count } 种；列出各语言文本的 document.toml 可说明应有哪些）
check-empty-segment = { $lang }：片段 { $label } 为空
check-missing-paragraph = { $lang }：缺少段落，即 { $pivot } 文本的 { $label }（第 { $pivot_line } 行）
check-extra-paragraph = { $lang }：多出段落 { $label }，{ $pivot } 文本中无对应
check-merged-paragraphs = { $lang } { $segment }：合并了 { $pivot } 文本的 { $pivot_count } 个片段（{ $labels }），合为 { $count } 个
check-split-paragraph = { $lang }：将 { $pivot } 文本的 { $labels } 拆分为 { $count } 个片段
check-regrouped-paragraphs = { $lang }：将 { $pivot } 文本的 { $pivot_count } 个片段（{ $labels }）重组为 { $count } 个
check-what =
    { $what ->
        [operative-paragraph] 执行段落
        [footnote] 脚注
        [article] 条
        [subparagraph] 分段
       *[number] 编号
    }
check-numbering-gap = { $lang }：编号中断，{ check-what } { $number } 之前缺少 { $missing }
check-numbering-order = { $lang }：{ check-what } { $number } 排在 { $previous } 之后
check-numbering-mismatch = { $lang } { $segment }：编号为 { $found }，{ $pivot } 文本为 { $expected }
check-pivot-number-lost = { $lang } { $segment }：没有编号，而 { $langs } 文本标为 { $expected }
check-footnote-count = { $lang }：有 { $count } 个脚注，{ $pivot } 文本有 { $expected } 个
check-footnote-marker-mismatch = { $lang } { $segment }：引用脚注 [{ $found }]，{ $pivot } 文本引用 [{ $expected }]
check-footnote-missing-text = { $lang } { $segment }：引用了脚注 { $number }，但该脚注没有文字
check-footnote-unreferenced = { $lang }：正文未引用脚注 { $number }
check-numbers-differ = { $lang } { $segment }：数字与 { $pivot } 文本不同：缺少 [{ $missing }]，多出 [{ $extra }]
check-symbols-differ = { $lang } { $segment }：文号与 { $pivot } 文本不同：缺少 [{ $missing }]，多出 [{ $extra }]
check-header-symbol-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-distribution-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-date-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-session-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-agenda-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-report-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-committee-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-resolution-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-title-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-meeting-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-adopted-mismatch = { $lang } 报头：{ meta-compared }为 { $found }，{ $reference } 为 { $expected }
check-header-unreadable = { $lang }：无法将报头与 document.toml 比较：{ $error }
check-untranslated-paragraph = { $lang } { $segment }：文字未翻译，与 { $pivot } 文本相同
check-script-name =
    { $script ->
        [Arabic] 阿拉伯
        [Han] 汉
        [Cyrillic] 西里尔
       *[Latin] 拉丁
    }
check-wrong-script = { $lang } { $segment }：文字大多不是{ check-script-name }字母（字母占比 { $share }）
check-control-characters = { $lang } { $segment }：含 { $count } 个控制字符（{ $chars }），导出时会被删除
check-invisible-characters = { $lang } { $segment }：含 { $count } 个不可见字符（{ $chars }），导出时会被删除
check-length-ratio = { $lang } { $segment }：长度为依 { $pivot } 文本预期长度的 { $ratio } 倍
check-misplaced-paragraph = { $lang } { $segment }：此处文本对应 { $pivot } 文本的 { $label }（第 { $pivot_line } 行），而后者位于别处：段落顺序不一致
