### العربية
### قراءة ملفات النصوص: الترميزات وحزم Word (المسألة 10).

input-cannot-read = تتعذر قراءة { $path }
input-unreadable-files = { $count ->
        [zero] لا توجد ملفات تتعذر قراءتها
        [one] ملف واحد تتعذر قراءته ({ $count })
        [two] ملفان تتعذر قراءتهما ({ $count })
        [few] { $count } ملفات تتعذر قراءتها
       *[other] { $count } ملفًا تتعذر قراءتها
    }
input-file-error = { $path }: { $message }
input-invalid-utf8 = ترميز UTF-8 غير صالح في السطر { $line }، العمود { $column } (البايت { $offset }): احفظ الملف بترميز UTF-8 (مع علامة ترتيب البايتات أو بدونها) أو بترميز UTF-16 مع علامة ترتيب البايتات
input-nul-byte = بايت NUL في السطر { $line }، العمود { $column } (البايت { $offset }): يبدو أن الملف بترميز UTF-16 بلا علامة ترتيب البايتات؛ احفظه بترميز UTF-8، أو بترميز UTF-16 مع علامة ترتيب البايتات
input-stray-nul-byte = بايت NUL في السطر { $line }، العمود { $column } (البايت { $offset }): لا يحتوي النص على بايتات NUL؛ الملف تالف أو ليس ملفا نصيا
input-invalid-utf16 = ترميز UTF-16 ({ $order }) غير صالح في السطر { $line }، العمود { $column } (البايت { $offset }): بديل بلا زوجه؛ الملف تالف أو ليس بترميز UTF-16
input-truncated-utf16 = نص UTF-16 ({ $order }) مقطوع في السطر { $line }، العمود { $column } (البايت { $offset }): الحرف الأخير ناقص؛ الملف مبتور
input-docx-not-zip = ليس حزمة Word (ملف .docx هو ملف zip): { $detail }؛ احفظ الوثيقة بصيغة .docx (Word 2007 أو أحدث)، لا .doc ولا .rtf
input-docx-missing-part = لا تحتوي حزمة Word على { $part }؛ المتوقع هو الجزء الرئيسي لوثيقة .docx
input-docx-too-large = يتجاوز { $part } بعد فك الضغط { $limit } بايت؛ رُفض بوصفه قنبلة zip (لا توجد وثيقة للأمم المتحدة بهذا الحجم)
input-docx-corrupt = يتعذر فك ضغط { $part }: { $detail }؛ الملف تالف
input-docx-xml = { $part } ليس XML سليم البنية عند البايت { $offset }: { $detail }
input-docx-part-encoding = { $part } ليس نصًا بترميز UTF-8 أو UTF-16 (البايت { $offset })؛ الحزمة تالفة
note-unreadable-version = تحذير: تتعذر قراءة الملف { $path } في الإيداع { $commit }: { $message }؛ تُخطّيت تلك النسخة (الخيار --strict يجعل ذلك خطأ)
input-not-a-file = { $path } { $what ->
        [directory] مجلد
        [symlink] رابط رمزي
        [symlink-loop] رابط رمزي في حلقة
        [symlink-broken] رابط رمزي معطل
        [fifo] أنبوب مسمى (FIFO)
        [device] جهاز
        [socket] مقبس
        [gitlink] وحدة فرعية (gitlink)
        [symlink-out-of-repository] رابط رمزي يؤدي إلى خارج مستودعه
        [symlink-out-of-folder] رابط رمزي يؤدي إلى خارج مجلده
       *[other] ليس ملفا عاديا
    }؛ المتوقع ملف عادي
input-not-found = { $path } غير موجود
input-permission-denied = يتعذر قراءة { $path }: الإذن مرفوض
