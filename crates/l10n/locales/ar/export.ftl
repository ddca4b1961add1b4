### Arabic
### Labels of the exports written for people (see en/export.ftl). On the HTML page every
### placeable is isolated (FSI … PDI) so that symbols and numbers keep their order.

## HTML review page

export-html-title = { $symbol } — النسخ المحاذاة
export-official = نص رسمي للأمم المتحدة: { $langs }.
export-working = ترجمات عمل أُعدّت لهذا المستودع، وليست نصوصًا رسمية للأمم المتحدة: { $langs }.
export-legend-low = درجة الثقة في المحاذاة أقل من { $threshold }
export-legend-error = خطأ كشفته عمليات التحقق
export-legend-warning = تحذير
export-legend-info = معلومة
export-legend-gap = لا مقطع بهذه اللغة
export-legend-control = حرف تحكم لا ينبغي أن يرد في النص
export-document-findings = ملاحظات على الوثيقة كلها
export-column-row = الصف
export-column-findings = الملاحظات
export-kind =
    { $kind ->
        [header] ترويسة
        [title] عنوان
        [heading] عنوان فرعي
        [formula] صيغة الديباجة
        [item] فقرة فرعية
        [footnote] حاشية
        [closing] خاتمة
       *[paragraph] فقرة
    }
export-confidence = الثقة { $confidence }
export-footnotes = الحواشي { $refs }
export-finding-item = { $severity } · { $lang } · { $code }: { $message }

## TMX and XLIFF notes

export-note-alignment = المحاذاة: { $reasons }
export-note-official = نص رسمي للأمم المتحدة
export-note-working = ترجمة عمل أُعدّت لهذا المستودع، وليست نصًا رسميًا للأمم المتحدة
export-note-confidence = الثقة { $confidence }
export-note-confidence-reasons = الثقة { $confidence }: { $reasons }
export-note-footnotes = حُذفت علامات الحواشي من النص: { $refs }
export-note-finding = { $severity }: { $message }
