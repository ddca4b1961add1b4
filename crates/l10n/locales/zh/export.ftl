### Chinese
### Labels of the exports written for people (see en/export.ftl).

## HTML review page

export-html-title = { $symbol } — 对齐文本
export-official = 联合国正式文本：{ $langs }。
export-working = 为本资料库编写的工作译文，并非联合国正式文本：{ $langs }。
export-legend-low = 对齐置信度低于 { $threshold }
export-legend-error = 检查发现的错误
export-legend-warning = 警告
export-legend-info = 提示
export-legend-gap = 该语文无对应片段
export-legend-control = 文本中不应出现的控制字符
export-document-findings = 关于整个文件的检查结果
export-column-row = 行
export-column-findings = 检查结果
export-kind =
    { $kind ->
        [header] 报头
        [title] 标题
        [heading] 小标题
        [formula] 开头语
        [item] 分段
        [footnote] 脚注
        [closing] 结尾
       *[paragraph] 段落
    }
export-confidence = 置信度 { $confidence }
export-footnotes = 脚注 { $refs }
export-finding-item = { $severity } · { $lang } · { $code }：{ $message }

## TMX and XLIFF notes

export-note-alignment = 对齐：{ $reasons }
export-note-official = 联合国正式文本
export-note-working = 为本资料库编写的工作译文，并非联合国正式文本
export-note-confidence = 置信度 { $confidence }
export-note-confidence-reasons = 置信度 { $confidence }：{ $reasons }
export-note-footnotes = 已从文本中删除的脚注标记：{ $refs }
export-note-finding = { $severity }：{ $message }
