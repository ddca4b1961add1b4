### Arabic
### Messages of the `sixfold` command line (see en/cli.ftl). Terminal text: no bidi
### isolation marks (the terminal and the user's tools do the reordering).

## Help

cli-about = أدوات بست لغات لوثائق الأمم المتحدة الرسمية.
cli-about-id = تحليل رموز وثائق الأمم المتحدة والتحقق منها وتوحيد كتابتها.
cli-about-align = محاذاة نسخ الوثيقة فقرة بفقرة باللغات الست.
cli-about-check = مقارنة النسخ بالنص المرجعي: فقرات ناقصة أو مدمجة أو خاطئة الترقيم، والأرقام، والحواشي.
cli-about-history = سرد الإيداعات التي غيّرت كل نسخة والصفوف المحاذاة التي مستها.
cli-about-stale = البحث عن المقاطع المترجمة التي تغيّر مقطعها المرجعي بعدها (رمز الخروج 1 إن وجدت).
cli-about-diff = عرض ما تغيّر بين مراجعتين، صفًا بصف وبكل لغة.
cli-about-export = تصدير الصفوف المحاذاة بصيغة TMX أو XLIFF 2.1 أو TSV أو JSON Lines أو نص Moses أو صفحة مراجعة HTML.
cli-about-meta = قراءة ترويسة النسخة (الدورة، والتواريخ، وبنود جدول الأعمال…) ومقارنة مجلد بملف document.toml.
cli-help-ui-lang = لغة الواجهة: ar أو zh أو en أو fr أو ru أو es (الافتراضي: SIXFOLD_LANG، ثم LC_ALL أو LC_MESSAGES أو LANG، وإلا فالإنكليزية)
cli-help-follow-symlinks = قراءة الصيغ وملفي document.toml وreview.toml إذا كانت روابط رمزية إلى ملفات عادية داخل المستودع (أو داخل المجلد إن لم يكن في مستودع git)؛ ومع --rev يُحلّ الرابط في شجرة تلك المراجعة؛ ويُرفض كل رابط آخر

## Errors

cli-error = خطأ: { $message }
cli-caused-by = السبب: { $cause }
cli-git-says = تفيد libgit2: { $message }
cli-cannot-read = تتعذر قراءة { $path }
cli-cannot-export = يتعذر تصدير { $path }
cli-cannot-write-export = تتعذر كتابة ملف التصدير { $format }
cli-write-owner-not-kept = أصبح { $path } مملوكا لمعرّف المستخدم { $uid }: تعذر الإبقاء على مالكه (معرّف المستخدم { $old })
cli-write-hard-links-broken = استُبدل { $path }: تحتفظ روابطه الثابتة الأخرى ({ $count }) بالمحتوى القديم
cli-cannot-write-moses = تتعذر كتابة ملف Moses للغة { $lang }
cli-export-source-not-exported = لغة المصدر { $lang } ليست من اللغات المصدّرة ({ $langs })
cli-export-xliff-pair = يضم ملف XLIFF لغة مصدر واحدة ولغة هدف واحدة: حدّد --langs المصدر,الهدف (ورد: { $langs })
cli-export-tmx-one-language = تقرن ذاكرة الترجمة TMX لغتين على الأقل: حدّد في --langs لغتين مختلفتين أو أكثر (ورد: { $langs })
cli-export-no-rendering = لا توجد في { $path } نسخة { $lang }: المتوقع إحدى { $langs }
cli-export-moses-output = يكتب Moses ملفًا لكل لغة: حدّد -o مجلد أو -o مسار/بادئة
cli-meta-unknown-language = تتعذر معرفة لغة { $path }: سمِّ الملف <اللغة>.md (fr.md) أو حدّد --lang
cli-meta-cannot-read-header = تتعذر قراءة ترويسة { $path }
cli-meta-no-renderings = لا نسخ في { $path }: المتوقع ملفات باسم ar.md أو zh.md أو en.md أو fr.md أو ru.md أو es.md
cli-meta-cannot-use = يتعذر استخدام { $path }
cli-meta-render-needs-folder = الخيار --render يقرأ document.toml: حدّد مجلد وثيقة لا { $path }
cli-meta-render-needs-lang = الخيار --render يحتاج إلى لغة الإخراج: حدّد --lang ar أو zh أو en أو fr أو ru أو es
cli-meta-no-toml = لا يوجد في { $path } ملف document.toml تُبنى منه الترويسة
cli-meta-cannot-render = تتعذر كتابة ترويسة { $path } باللغة { $lang }

## sixfold meta

meta-label =
    { $field ->
        [symbol] الرمز
        [organ] الجهاز
        [original] لغة الأصل
        [distribution] التوزيع
        [date] التاريخ
        [session] الدورة
        [agenda] البنود
        [report] التقرير
        [draft] مشروع القرار
        [resolution] القرار
        [title] العنوان
        [meeting] الجلسة
       *[adopted] تاريخ الاتخاذ
    }
meta-compared =
    { $field ->
        [symbol] الرمز
        [distribution] التوزيع
        [date] التاريخ
        [session] الدورة
        [agenda-one] بند جدول الأعمال
        [agenda] بنود جدول الأعمال
        [report] التقرير
        [committee] اللجنة
        [resolution] القرار
        [title] العنوان
        [meeting] الجلسة
       *[adopted] تاريخ الاتخاذ
    }
meta-none = لا شيء
# Marks a header value the text does not state but that follows from others.
meta-derived = مستنتج
meta-report-committee = { $report } (اللجنة { $committee })
meta-report-plenary = { $report } (الجلسة العامة)
meta-all-agree = قُرئت { $read } من { $total } نسخ؛ وكلها تتفق مع { $reference }
meta-none-read = تعذرت قراءة ترويسة أي من النسخ الـ { $total }: لا شيء للمقارنة
meta-disagreements =
    { $count ->
        [zero] لا اختلافات
        [one] اختلاف واحد
        [two] اختلافان
        [few] { $count } اختلافات
        [many] { $count } اختلافًا
       *[other] { $count } اختلاف
    } مع { $reference }:
meta-disagreement = { $file } السطر { $line }: { meta-compared } { $found }، و{ $reference } يذكر { $expected }
meta-file-error = خطأ: { $message }

## sixfold id

id-label =
    { $field ->
        [canonical] الصيغة القانونية
        [compact] الصيغة المختصرة
        [base] الأساس
        [modifiers] المعدِّلات
        [resolution] القرار
        [session] الدورة
        [url] الرابط
        [version] الإصدار
        [akn] akn
       *[invalid] غير صالح
    }
id-invalid-at = { $message } عند البايت { $offset }

## sixfold align

align-heading = { $symbol } ({ $place })، النص المرجعي { $pivot }، { $rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    }
align-column-row = الصف
align-column-confidence = الثقة
cli-align-mixed-inputs = حدّد إما مجلدات وثائق وإما ملفات وثيقة واحدة، لا الاثنين معًا
cli-align-no-such-input = { $path } غير موجود: المتوقع مجلد وثيقة أو ملف نسخة
cli-align-cannot-load-files = يتعذر تحميل النسخ
cli-align-cannot-load-folder = يتعذر تحميل مجلد الوثيقة { $path }
cli-cannot-list-translations = يتعذر سرد { $path }: شغّل sixfold من جذر المستودع أو سمِّ الوثائق
cli-no-document-folders = لا مجلدات وثائق في { $path }

## Argument help (clap)

cli-arg-paths = مجلدات وثائق (تضم ملفات `<lang>.md`)، أو ملفات نسخ وثيقة واحدة.
cli-arg-lang = لغة الملفات التي لا يدل اسمها عليها.
cli-arg-check-paths = مجلدات وثائق، أو ملفات نسخ وثيقة واحدة؛ وبدونها كل المجلدات في `translations/`.
cli-arg-pivot = اللغة المرجعية التي تُقارن بها اللغات الأخرى.
cli-arg-export-dir = مجلد وثيقة يضم النسخ `<lang>.md` والملف `document.toml`.
cli-arg-export-format = tmx (لغتان: ثنائي اللغة، وأكثر: متعدد اللغات مع srclang *all*)، xliff (مصدر واحد وهدف واحد)، tsv، jsonl، moses (ملف لكل لغة؛ يتطلب -o)، html.
cli-arg-export-langs = اللغات المراد تصديرها مفصولة بفواصل (الافتراضي: كل نسخ المجلد).
cli-arg-export-source = لغة المصدر: `srcLang` في XLIFF، و`srclang` في TMX الثنائي، والعمود الأول في غيرهما (الافتراضي: أولى --langs، وإلا فالإنكليزية).
cli-arg-export-output = ملف الإخراج (الإخراج القياسي إن لم يُحدَّد). لـ moses: مجلد موجود تُكتب فيه ملفات `<slug>.<lang>`، أو بادئة مسار تُضاف إليها `.<lang>`.
cli-arg-meta-path = نسخة (`fr.md`) أو مجلد وثيقة يضم النسخ و`document.toml`.
cli-arg-format = `text` للقراء، و`json` للبرامج.
cli-arg-meta-render = كتابة الترويسة والأسطر الختامية لمجلد وثيقة باللغة --lang من document.toml بدلًا من قراءة النسخ (text: Markdown كما في النسخ؛ json: الأسطر).
cli-arg-meta-layout = مع `--render`: تخطيط ترويسة الوثيقة، `current` (التخطيط الحالي: الأمم المتحدة، الرمز، الجهاز، Distr.: General والتاريخ…) أو `1990s` (تخطيط A/RES/51/60 المرفق).
cli-arg-id-symbols = رموز أو معرّفات إصدارات؛ وبدونها يُقرأ رمز في كل سطر من الإدخال القياسي.
cli-arg-id-lang = لغة عنوان undocs.org، ما لم يكن الإدخال معرّف إصدار له لغته.
cli-needs-folder = { $path } ملف: هذا الأمر يقرأ مجلد وثيقة؛ أعطِ { $folder }
cli-align-too-few-languages = { $place } { $count ->
        [one] لا يحتوي إلا على صيغة لغوية واحدة ({ $langs })
        [two] يحتوي على صيغتين لغويتين ({ $langs })
        [few] يحتوي على { $count } صيغ لغوية ({ $langs })
       *[other] يحتوي على { $count } صيغة لغوية ({ $langs })
    }: تتطلب المواءمة لغتين على الأقل

## sixfold history, stale and diff

history-kind =
    { $kind ->
        [added] أضيف
        [changed] عُدِّل
        [removed] حُذف
       *[other] { $kind }
    }
history-row-word = الصف
history-segment-word = المقطع
history-heading = سجل { $path } (الآباء الأوائل ابتداءً من { $rev }، والصفوف مسماة بحسب { $pivot })
history-commits = { $lang }: { $count ->
        [zero] لا إيداعات
        [one] إيداع واحد
        [two] إيداعان
        [few] { $count } إيداعات
        [many] { $count } إيداعًا
       *[other] { $count } إيداع
    }
history-added-rows = الصفوف { $first }–{ $last } ({ $count } صفوف)
history-layout-only = (لم يتغير أي مقطع: التنسيق أو المسافات فقط)
history-renamed-from = أُعيدت تسميته من { $path }
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = المقطع { $segment } السطر { $line } آخر تعديل { $commit } { $date }؛ { $pivot } { $pivot_label } عُدِّل في { $pivot_commit }{ $committed ->
        [yes] {" "}{ $pivot_date } «{ $summary }»
       *[no] {""}
    }
stale-summary = { $count ->
        [zero] لا مقاطع متقادمة
        [one] مقطع متقادم واحد
        [two] مقطعان متقادمان
        [few] { $count } مقاطع متقادمة
        [many] { $count } مقطعًا متقادمًا
       *[other] { $count } مقطع متقادم
    } في { $path } مقارنةً بـ { $pivot } ({ $versions ->
        [zero] لم يغيّر أي إيداع المجلد
        [one] غيّر إيداع واحد المجلد
        [two] غيّر إيداعان المجلد
        [few] غيّر { $versions } إيداعات المجلد
        [many] غيّر { $versions } إيداعًا المجلد
       *[other] غيّر { $versions } إيداع المجلد
    }، وفُحص { $walked })
diff-heading = فروق { $path }: من { $from } ({ $from_rev }) إلى { $to } ({ $to_rev })، والصفوف مطابقة بحسب { $pivot }
diff-row = الصف { $row }
diff-old-row = الصف السابق { $rows }
diff-summary = { $count ->
        [zero] لا صفوف مختلفة
        [one] صف واحد مختلف
        [two] صفان مختلفان
        [few] { $count } صفوف مختلفة
        [many] { $count } صفًا مختلفًا
       *[other] { $count } صف مختلف
    }
note-uncommitted = ملاحظة: التغييرات غير المودعة في { $folder } ليست جزءًا من السجل: { $list }
note-work-tree = شجرة العمل
diff-uncommitted = بما فيها التعديلات غير المودعة
note-undecodable = تحذير: الملف { $path } في الإيداع { $commit } ليس نصا بترميز UTF-8 (أول بايت غير صالح عند الموضع { $offset })؛ تُخطّيت تلك النسخة (الخيار --strict يجعل ذلك خطأ)
note-shallow = ملاحظة: نسخة ضحلة، يتوقف السجل عند الحد { $commit } ({ $date })؛ والتغييرات السابقة غير معروفة
note-skipped-no-language = ملاحظة: لم يُقرأ { $file }: اسمه لا يدل على أي لغة (المتوقع اسم مثل fr.md أو FRA.md أو fr-FR.md)
note-skipped-same-language = ملاحظة: لم يُقرأ { $file }: يوجد في المجلد ملف آخر هو النص بلغته
cli-cannot-read-at-rev = تتعذر قراءة مجلد الوثيقة { $path } في المراجعة `{ $rev }`
cli-not-a-file-in-folder = { $path } لا يسمّي ملفًا في مجلد
cli-missing-at-rev = { $path } غير موجود في المراجعة `{ $rev }`
cli-align-rev-needs-folder = الخيار --rev يقرأ مجلدات الوثائق من git: حدّد المجلد لا ملفاته
cli-help-usage = الاستخدام:
cli-help-commands = الأوامر
cli-help-options = الخيارات
cli-help-arguments = الوسائط
cli-help-flag = عرض التعليمات
cli-version-flag = عرض الإصدار
cli-arg-rev = قراءة الوثيقة كما كانت في مراجعة git هذه (أي revspec)، لا في شجرة العمل.
cli-arg-dir = مجلد الوثيقة، مثل translations/A-RES-51-60.
cli-arg-history-rev = المراجعة المطلوب عرض تاريخها.
cli-arg-stale-rev = المراجعة المطلوب فحصها (يُقرأ تاريخ الإيداعات حتى هذه المراجعة؛ ولا تُقرأ شجرة العمل إلا مع --worktree).
cli-arg-diff-from = المراجعة الأقدم.
cli-arg-diff-to = المراجعة الأحدث؛ وإذا أُغفلت فشجرة العمل (بما فيها التعديلات غير المودعة، كما في `git diff REV`).
cli-arg-no-follow = عدم تتبع المجلد ونسخه اللغوية عبر إعادة التسمية (كما في `git log` بدون --follow).
cli-arg-strict = النسخة اللغوية التي يتعذر فك ترميزها في أحد الإيداعات خطأ، لا تحذير يتخطى تلك النسخة.
cli-arg-cache = حفظ المحاذاة في المجلد .git/sixfold/ للمستودع لكي يعيد التشغيل التالي استخدامها.
cli-arg-stale-worktree = إدراج التعديلات غير المودعة في المجلد بوصفها أحدث نسخة منه.

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = يتعذر قراءة قائمة المجلدات { $path }
cli-from-bad-line = يتعذر قراءة السطر { $line } من قائمة المجلدات
cli-from-and-paths = حدد مجلدات الوثائق إما كوسائط وإما باستخدام --from، لا بالطريقتين معًا
cli-export-from-needs-dir = يتطلب تصدير عدة وثائق الخيار -o DIR، أي المجلد الذي تُكتب فيه
cli-export-concat-format = لا يجمع --concat إلا الصيغ السطرية (tsv وjsonl وmoses)، وليس { $format }
cli-export-same-name = تم تخطي { $path }: سبق تصدير مجلد بالاسم نفسه في هذا التشغيل
cli-cannot-write-file = يتعذر كتابة { $path }
cli-arg-from = قراءة مجلدات الوثائق من FILE، مجلد في كل سطر (`-`: الإدخال القياسي)؛ وتُطبع النتائج بترتيب القائمة فور جاهزيتها.
cli-arg-jobs = عدد الوثائق التي تُعالج في آن واحد (الافتراضي: كل الأنوية).
cli-arg-quiet = بدون شريط تقدم وبدون ملاحظات (تظل الأخطاء والتحذيرات بشأن ما تعذر الاحتفاظ به عند الكتابة معروضة).
cli-arg-export-concat = مع --from وصيغة tsv أو jsonl أو moses: مدونة واحدة في -o DIR لكل زوج من اللغة المصدر ولغة أخرى، بدلًا من ملفات لكل وثيقة.

## sixfold read

cli-about-read = عرض ما يقرؤه sixfold في نسخة واحدة: قيم ترويستها ومقاطعها (النوع، والتسمية، والنص، والسطر، والحواشي).
cli-arg-read-path = نسخة: نص Markdown أو نص عادي كما تخرجه مكتبة PDF أو النسخ واللصق.
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = ملاحظة: { $path }: لا رمز — لا يذكره document.toml ولا ترويسة أي نص؛ يخلو التصدير من الرمز (أضف `symbol` إلى document.toml)
cli-export-empty-rendering = تحذير: { $path }: نص { $lang } فارغ؛ لا يحتوي التصدير على شيء بلغة { $lang }
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = القيمة الافتراضية: { $value }
cli-help-possible = القيم الممكنة: { $values }
cli-parse-error = خطأ: { $message }
    (يسرد --help الخيارات)
cli-parse-invalid-value = القيمة «{ $value }» غير صالحة للخيار { $arg }؛ القيم الممكنة: { $values }
cli-parse-unknown-argument = خيار غير معروف «{ $arg }»
cli-parse-missing-argument = ناقص: { $args }
cli-parse-unknown-command = أمر غير معروف «{ $command }»
cli-parse-unknown-lang = لغة غير معروفة «{ $value }»: المتوقع ar أو zh أو en أو fr أو ru أو es
cli-parse-jobs = يتوقع --jobs عدد الوثائق التي تعالج في وقت واحد، 1 أو أكثر: «{ $value }»
cli-parse-invalid-because = { $arg }: { $why }

history-error-not-a-repository = ليس داخل مستودع git: يحتاج إليه --rev وكذلك history وstale وdiff (بُحث صعودًا من { $path })
history-error-bare = المستودع { $path } ليست له شجرة عمل: لا يمكن تحديد موقع المجلد فيه
history-error-folder-missing = تعذر العثور على المجلد { $path }
history-error-read-file = تتعذر قراءة { $path }
history-error-outside-work-tree = المجلد { $path } خارج شجرة العمل { $workdir } لمستودعه
history-error-unknown-revision = مراجعة غير معروفة `{ $rev }`: المتوقع إيداع أو فرع أو وسم أو تعبير مثل HEAD~2
history-error-beyond-shallow = مراجعة غير معروفة `{ $rev }` في هذا الاستنساخ السطحي: يتوقف السجل عند حد الاستنساخ فلا توجد الإيداعات الأقدم (يجلبها git fetch --unshallow)
history-error-not-a-commit = المراجعة `{ $rev }` لا تدل على إيداع
history-error-folder-absent = المجلد `{ $path }` غير موجود في المراجعة `{ $rev }`
history-error-not-a-folder = `{ $path }` في المراجعة `{ $rev }` ليس مجلدًا
history-error-no-renderings = لا توجد أي نسخة لغوية في `{ $path }` في المراجعة `{ $rev }`: المتوقع ملفات باسم ar.md أو zh.md أو en.md أو fr.md أو ru.md أو es.md
history-error-pivot-absent = لا يوجد { $lang }.md في `{ $path }` في المراجعة `{ $rev }`: النسخة المرجعية لازمة للعثور على الترجمات المتقادمة
history-error-not-a-file = { $problem } (المراجعة `{ $rev }`: المتوقع كائن blob بالنمط 100644)
history-error-unreadable = تتعذر قراءة `{ $path }` في المراجعة `{ $rev }`
history-error-missing-commit = الإيداع { $commit } اللازم لسجل `{ $path }` مفقود (خارج حد الاستنساخ السطحي، أو المستودع تالف)
