### Arabic
### Messages about review files (review.toml) (see en/review.ftl).

## Errors

review-error-invalid = { $file }:{ $line }: `{ $key }`: { $problem }
review-error-syntax = { $file }:{ $line }: { $problem }
review-problem-wrong-type = المتوقع { $expected ->
        [tables] مصفوفة جداول
        [date] تاريخ
        [string] سلسلة نصية
       *[languages] جدول لغات
    }
review-problem-syntax = ليس TOML صالحًا: { $detail }
review-problem-unknown-key = مفتاح غير معروف؛ المتوقع أحد: { $expected }
review-problem-missing-key = مفتاح ناقص
review-problem-language = `{ $value }` ليس لغة؛ المتوقع ar أو zh أو en أو fr أو ru أو es
review-problem-range = `{ $value }` ليس نطاق مقاطع؛ المتوقع وسم، أو @ متبوعة بخلاصة، أو اثنان منها يربط بينهما ..
review-problem-date = `{ $value }` ليس تاريخًا؛ المتوقع YYYY-MM-DD
review-problem-finding-id = `{ $value }` ليس معرّف ملاحظة؛ المتوقع code:lang أو code:lang:label
review-problem-one-language = التثبيت يحتاج إلى لغتين على الأقل
review-error-io = تتعذر قراءة { $path }
review-error-backwards = { $file }:{ $line }: مقاطع { $lang } { $segments } تسير عكس ترتيب الوثيقة
review-error-backwards-arg = مقاطع { $lang } { $segments } تسير عكس ترتيب الوثيقة
review-error-crossing = { $file }:{ $first } و{ $file }:{ $second }: التثبيتان يتقاطعان في { $lang }
review-error-locked = { $path } محجوز لأمر آخر من أوامر sixfold (احذفه إن لم يكن أي أمر قيد التشغيل)
review-error-unknown-finding = لا توجد ملاحظة `{ $id }` في هذه الوثيقة؛ يسرد `sixfold check --all` المعرّفات
review-error-unknown-segment = لا يوجد مقطع { $lang } `{ $segments }` في هذه الوثيقة
review-error-no-rendering = لا توجد نسخة { $lang } في هذه الوثيقة
review-error-nothing-to-remove = { $file }: لا شيء للحذف: { $what }
review-error-with = `{ $value }` ليس على الصورة LANG:SEGMENTS (مثلًا en:pre.9..pre.11)

## Confirmations of the commands that write review.toml

review-pinned = تم تثبيت { $segments } في { $file }
review-accepted = تم قبول الملاحظة { $id } في { $file }
review-unpinned = { $count ->
        [one] حُذف تثبيت واحد من { $file }
       *[other] حُذف { $count } من التثبيتات من { $file }
    }
review-unaccepted = حُذف قبول { $id } من { $file }

## In check reports

check-outdated-accept = الملاحظة { $id } المقبولة في { $file }:{ $review_line } قُبلت على نص تغيّر منذ ذلك الحين؛ اقبلها من جديد أو احذف القبول
check-outdated-pin = التثبيت في { $file }:{ $review_line } أُجري على نص { $lang } آخر ({ $segments }) ولا يُطبَّق؛ ثبّت من جديد أو احذفه
check-accepted-count = { $count ->
        [one] ملاحظة مقبولة واحدة
       *[other] { $count } ملاحظات مقبولة
    }
check-accepted-heading = الملاحظات المقبولة:
check-accepted-reason = السبب: { $reason }

## Help

cli-about-pin = تثبيت مقاطع من عدة لغات معًا في صف محاذاة واحد، في ملف review.toml الخاص بالمجلد.
cli-about-accept = قبول ملاحظة من ملاحظات check على أنها مقصودة، في ملف review.toml الخاص بالمجلد (فلا يعود check يحسبها).
cli-about-unpin = حذف تثبيتات من ملف review.toml الخاص بالمجلد.
cli-about-unaccept = حذف ملاحظة مقبولة من ملف review.toml الخاص بالمجلد.
cli-arg-check-all = سرد الملاحظات المقبولة أيضًا مع أسبابها.

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = ثبّته شخص في review.toml
export-pinned = ثبّته شخص
export-legend-pinned = صف ثبّته شخص (review.toml)
export-command-pin = لتثبيت هذا الصف كما هو:
export-command-accept = لقبول الملاحظة:
export-accepted-item = مقبولة · { $lang } · { $code }: { $message }
cli-arg-review-dir = مجلد الوثيقة (يُنشأ فيه review.toml إن لم يوجد).
cli-arg-pin-lang = لغة المقاطع المعطاة في --segments.
cli-arg-pin-segments = مقاطع تلك اللغة: وسم (pre.9)، أو @ متبوعة بخلاصة، أو نطاق a..b.
cli-arg-pin-with = مقاطع لغة أخرى تقابلها، على الصورة LANG:SEGMENTS (en:pre.9..pre.11)؛ يُكرَّر للغات أخرى.
cli-arg-reason = سبب القرار (يُحفظ في review.toml).
cli-arg-author = صاحب القرار.
cli-arg-date = التاريخ (YYYY-MM-DD؛ افتراضيًا اليوم، أو يوم SOURCE_DATE_EPOCH إن حُدِّد).
cli-arg-accept-id = معرّف الملاحظة كما يعرضه sixfold check (numbers-differ:fr:op.3).
cli-arg-unpin-segments = المقاطع كما يسمّيها التثبيت في تلك اللغة (pre.9).
cli-arg-unaccept-id = معرّف الملاحظة كما يعرضه sixfold check (numbers-differ:fr:op.3).
