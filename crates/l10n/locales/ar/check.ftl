### Arabic
### Messages of `sixfold check` and the explanations of check findings (see en/check.ftl).

## Report

check-severity =
    { $severity ->
        [error] خطأ
        [warning] تحذير
       *[info] ملاحظة
    }
check-no-symbol = وثيقة بلا رمز
check-other-pivot = النص المرجعي { $pivot }: لا توجد صيغة { $wanted }
check-summary =
    { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }، { $infos ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $infos } ملاحظات
        [many] { $infos } ملاحظةً
       *[other] { $infos } ملاحظة
    }
check-total = الوثائق المفحوصة: { $documents }؛ { $summary }
check-total-unusable = الوثائق المفحوصة: { $documents }، وغير الصالحة للاستعمال: { $unusable }؛ { $summary }

## Findings

check-empty-rendering = النسخة { $lang } ({ $source }) فارغة
check-missing-rendering = يذكر document.toml نسخة { $lang } ولكن الملف { $lang }.md غير موجود
check-absent-rendering = لا توجد في المجلد نسخة { $lang } (الموجود { $count } من اللغات الست؛ يحدد ملف document.toml الذي يسرد النسخ ما ينبغي توقعه)
check-empty-segment = { $lang }: المقطع { $label } فارغ
check-missing-paragraph = { $lang }: فقرة ناقصة، هي { $label } في النسخة { $pivot } (السطر { $pivot_line })
check-extra-paragraph = { $lang }: فقرة زائدة { $label } لا مقابل لها في النسخة { $pivot }
check-merged-paragraphs = { $lang } { $segment }: دمج { $pivot_count } مقاطع من النسخة { $pivot } ({ $labels }) في { $count ->
        [one] مقطع واحد
       *[other] { $count } مقاطع
    }
check-split-paragraph = { $lang }: تقسيم { $labels } من النسخة { $pivot } إلى { $count } مقاطع
check-regrouped-paragraphs = { $lang }: إعادة تجميع { $pivot_count } مقاطع من النسخة { $pivot } ({ $labels }) في { $count }
check-what =
    { $what ->
        [operative-paragraph] الفقرة
        [footnote] الحاشية
        [article] المادة
        [subparagraph] الفقرة الفرعية
       *[number] الرقم
    }
check-numbering-gap = { $lang }: انقطاع في الترقيم ({ check-what } { $number })، ينقص: { $missing }
check-numbering-order = { $lang }: { check-what } { $number } بعد { $previous }
check-numbering-mismatch = { $lang } { $segment }: الرقم { $found } بدلًا من { $expected } (النسخة { $pivot })
check-pivot-number-lost = { $lang } { $segment }: بلا رقم، بينما تحمل النسخ { $langs } الرقم { $expected }
check-footnote-count = { $lang }: عدد الحواشي { $count } مقابل { $expected } في النسخة { $pivot }
check-footnote-marker-mismatch = { $lang } { $segment }: إحالات إلى الحواشي [{ $found }] بدلًا من [{ $expected }] (النسخة { $pivot })
check-footnote-missing-text = { $lang } { $segment }: إحالة إلى الحاشية { $number } ولا نص لها
check-footnote-unreferenced = { $lang }: لا إحالة في النص إلى الحاشية { $number }
check-numbers-differ = { $lang } { $segment }: أرقام مختلفة عن النسخة { $pivot }: ناقصة [{ $missing }]، زائدة [{ $extra }]
check-symbols-differ = { $lang } { $segment }: رموز مختلفة عن النسخة { $pivot }: ناقصة [{ $missing }]، زائدة [{ $extra }]
check-header-symbol-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-distribution-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-date-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-session-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-agenda-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-report-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-committee-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-resolution-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-title-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-meeting-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-adopted-mismatch = { $lang }، الترويسة: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
check-header-unreadable = { $lang }: تتعذر مقارنة الترويسة بـ document.toml: { $error }
check-untranslated-paragraph = { $lang } { $segment }: نص غير مترجم، مطابق للنسخة { $pivot }
check-script-name =
    { $script ->
        [Arabic] العربية
        [Han] الصينية
        [Cyrillic] السيريلية
       *[Latin] اللاتينية
    }
check-wrong-script = { $lang } { $segment }: النص في معظمه بغير الحروف { check-script-name } (نسبة الحروف { $share })
check-control-characters = { $lang } { $segment }: عدد أحرف التحكم { $count } ({ $chars })، وتحذفها عمليات التصدير
check-invisible-characters = { $lang } { $segment }: عدد الأحرف غير المرئية { $count } ({ $chars })، وتحذفها عمليات التصدير
check-length-ratio = { $lang } { $segment }: الطول { $ratio } أضعاف الطول المتوقع من النسخة { $pivot }
check-misplaced-paragraph = { $lang } { $segment }: هذا النص يقابل { $label } في النسخة { $pivot } (السطر { $pivot_line })، الموجود في موضع آخر: ترتيب الفقرات مختلف
